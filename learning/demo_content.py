"""The demo courses and learning paths, written for this portal.

Each course: its catalogue data, lessons as (slug, title, [blocks]) where a block is
("p", html), ("h", text), ("callout", title, html) or ("video", title, transcript html),
and a quiz of (question, kind, [(answer, correct, feedback)]) at the end of its last lesson.
Figures are invented but realistic; the Kommunen are those of the demo network.
"""

INDEX = {
    "slug": "lernen",
    "title": "Lernen",
    "intro": (
        "<p>Online-Kurse für Beschäftigte in Kommunen: vom ersten Überblick über das "
        "Onlinezugangsgesetz bis zur agilen Umsetzung vieler Projekte. Lernen Sie in Ihrem "
        "Tempo, prüfen Sie Ihr Wissen im Quiz und erhalten Sie eine Bescheinigung für Ihre "
        "Dienststelle.</p>"
    ),
}

COURSES = [
    {
        "slug": "ozg-grundlagen",
        "title": "OZG-Grundlagen für Kommunen",
        "teaser": (
            "Was das Onlinezugangsgesetz von Kommunen verlangt, welche Leistungen zuerst online "
            "gehen und wie Sie das Einer-für-Alle-Prinzip nutzen."
        ),
        "audience": "Beschäftigte aus Fachämtern, Bürgerbüro und Hauptamt ohne Vorkenntnisse",
        "level": "einsteiger",
        "duration_minutes": 60,
        "objectives": (
            "<ul><li>Sie erklären Ziel und Pflichten des OZG und des OZG-Änderungsgesetzes.</li>"
            "<li>Sie unterscheiden Leistungen nach Zuständigkeit und Reifegrad.</li>"
            "<li>Sie wissen, wie eine Kommune EfA-Dienste nachnutzt, statt selbst zu bauen.</li>"
            "</ul>"
        ),
        "handlungsfelder": ["buergerdienste"],
        "phases": [1, 2],
        "tags": ["OZG", "E-Government", "EfA"],
        "prerequisites": [],
        "lessons": [
            (
                "was-das-ozg-verlangt",
                "Was das OZG verlangt",
                [
                    (
                        "p",
                        "<p>Das Onlinezugangsgesetz (OZG) verpflichtet Bund und Länder, ihre "
                        "Verwaltungsleistungen auch elektronisch über Verwaltungsportale "
                        "anzubieten. Da die Länder den Großteil der Leistungen durch ihre "
                        "Kommunen erbringen lassen, landet die Umsetzung in den Rathäusern und "
                        "Kreisverwaltungen: Wohngeld, Gewerbeanmeldung, Bewohnerparkausweis oder "
                        "Hundesteuer werden dort bearbeitet.</p>",
                    ),
                    (
                        "p",
                        "<p>Mit dem OZG-Änderungsgesetz von 2024 verschob sich der Schwerpunkt: "
                        "nicht mehr die bloße Zahl an Online-Formularen zählt, sondern die "
                        "durchgängige Digitalisierung bis in die Fachverfahren. Ein Antrag, der "
                        "online eingeht und im Amt ausgedruckt wird, erfüllt den Zweck nur "
                        "halb. Hinzu kommen das Recht auf elektronische Kommunikation und die "
                        "BundID als zentrales Nutzerkonto.</p>",
                    ),
                    (
                        "p",
                        "<p>Für Kommunen heißt das: Sie müssen wissen, welche Leistungen sie "
                        "erbringen, welche davon schon über Landes- oder EfA-Dienste verfügbar "
                        "sind und wo Medienbrüche in den eigenen Abläufen bleiben. Ein "
                        "Leistungskatalog mit Zuständigkeiten ist deshalb der erste Schritt – "
                        "Werder (Havel) hat dafür 412 Leistungen in einer Tabelle erfasst und "
                        "nach Fallzahlen sortiert.</p>",
                    ),
                    (
                        "callout",
                        "Gut zu wissen",
                        "<p>Der Leistungskatalog (LeiKa) des Bundes gibt jeder Leistung eine "
                        "Nummer. Nutzen Sie diese Nummern in Ihrer eigenen Übersicht, dann "
                        "finden Sie passende Online-Dienste schneller.</p>",
                    ),
                ],
            ),
            (
                "einer-fuer-alle",
                "Einer für Alle: nachnutzen statt selbst bauen",
                [
                    (
                        "p",
                        "<p>Nach dem Einer-für-Alle-Prinzip (EfA) entwickelt ein Land oder eine "
                        "Kommune einen Online-Dienst so, dass andere ihn nachnutzen können. Die "
                        "nachnutzende Kommune schließt sich an, hinterlegt ihre Zuständigkeit, "
                        "Gebühren und Bankverbindung und richtet den Eingang der Anträge ein – "
                        "meist über eine Schnittstelle ins Fachverfahren oder in ein "
                        "Postfach.</p>",
                    ),
                    (
                        "p",
                        "<p>Der Vorteil liegt auf der Hand: Eine Gemeinde mit 11.000 "
                        "Einwohnerinnen und Einwohnern wie Bad Belzig könnte den Aufwand für "
                        "eigene Entwicklungen nicht tragen. Der Anschluss an einen EfA-Dienst "
                        "kostet dagegen oft nur wenige Arbeitstage für Konfiguration, Test und "
                        "Schulung. Die laufenden Kosten werden über Verteilschlüssel oder "
                        "Landesrahmenverträge geregelt.</p>",
                    ),
                    (
                        "p",
                        "<p>Wichtig ist, vor dem Anschluss die eigenen Abläufe anzusehen: Wer "
                        "bearbeitet den Antrag, in welchem System, mit welchen Fristen? Wer das "
                        "klärt, vermeidet, dass digitale Anträge im Amt wieder auf Papier "
                        "landen.</p>",
                    ),
                    (
                        "video",
                        "Ein EfA-Dienst wird angeschlossen",
                        "<p>Sprecherin: Wir zeigen, wie die Stadt Beelitz den Online-Dienst für "
                        "Bewohnerparkausweise angeschlossen hat. Zuerst hat das Ordnungsamt die "
                        "Gebührensätze und die Zonen im Redaktionssystem des Landes "
                        "hinterlegt. Danach wurde das Postfach für eingehende Anträge "
                        "eingerichtet und mit zwei Testanträgen geprüft. Nach drei Wochen "
                        "gingen 60 Prozent der Anträge online ein.</p>",
                    ),
                ],
            ),
            (
                "erste-schritte",
                "Erste Schritte in Ihrer Kommune",
                [
                    (
                        "p",
                        "<p>Beginnen Sie mit den Leistungen, die viele Menschen betreffen und "
                        "bei denen es fertige Dienste gibt: Meldebescheinigung, Wohngeld, "
                        "Gewerbeanmeldung. Eine einfache Priorisierung nach Fallzahl und "
                        "Aufwand zeigt, wo der Nutzen am größten ist.</p>",
                    ),
                    (
                        "p",
                        "<p>Benennen Sie für jede Leistung eine verantwortliche Person im "
                        "Fachamt und eine Ansprechperson für die Technik. Halten Sie fest, "
                        "welche Schnittstellen fehlen. Viele Kommunen in Brandenburg arbeiten "
                        "dabei mit dem kommunalen IT-Dienstleister zusammen, der Anschlüsse für "
                        "mehrere Gemeinden bündelt.</p>",
                    ),
                    (
                        "p",
                        "<p>Zuletzt: Machen Sie die Online-Dienste bekannt. Ein Hinweis auf der "
                        "Website allein reicht selten; Aushänge im Bürgerbüro, ein Satz in "
                        "Bescheiden und die Lokalpresse haben in Michendorf die Online-Quote "
                        "innerhalb eines Jahres verdoppelt.</p>",
                    ),
                ],
            ),
        ],
        "quiz": [
            (
                "Was verlangt das OZG-Änderungsgesetz vor allem zusätzlich?",
                "single",
                [
                    (
                        "Durchgängig digitale Abläufe bis in die Fachverfahren",
                        True,
                        "Richtig: Ein Online-Antrag, der im Amt ausgedruckt wird, reicht nicht.",
                    ),
                    (
                        "Mehr Papierformulare als Rückfallebene",
                        False,
                        "Nein: Papier bleibt möglich, ist aber nicht das Ziel der Änderung.",
                    ),
                    (
                        "Eine eigene App für jede Kommune",
                        False,
                        "Nein: Gefragt sind gemeinsame Portale und Dienste, keine eigenen Apps.",
                    ),
                ],
            ),
            (
                "Was gehört zum Anschluss an einen EfA-Dienst? (mehrere richtig)",
                "multiple",
                [
                    (
                        "Zuständigkeit und Gebühren hinterlegen",
                        True,
                        "Ja, ohne diese Angaben kann der Dienst Anträge nicht zuordnen.",
                    ),
                    (
                        "Den Eingang der Anträge einrichten",
                        True,
                        "Ja, etwa über eine Schnittstelle oder ein Postfach.",
                    ),
                    (
                        "Den Dienst neu programmieren",
                        False,
                        "Nein: Nachnutzen heißt gerade, nicht selbst zu entwickeln.",
                    ),
                ],
            ),
            (
                "Womit beginnen Kommunen die Umsetzung sinnvollerweise?",
                "single",
                [
                    (
                        "Mit einem Leistungskatalog samt Zuständigkeiten und Fallzahlen",
                        True,
                        "Richtig: Er zeigt, wo der Nutzen am größten ist.",
                    ),
                    (
                        "Mit der Ausschreibung eines neuen Rechenzentrums",
                        False,
                        "Das ist für die Umsetzung des OZG in aller Regel nicht nötig.",
                    ),
                    (
                        "Mit der seltensten Leistung",
                        False,
                        "Seltene Leistungen bringen wenig Nutzen für den ersten Schritt.",
                    ),
                ],
            ),
            (
                "Was ist die BundID?",
                "single",
                [
                    (
                        "Ein zentrales Nutzerkonto für Online-Verwaltungsleistungen",
                        True,
                        "Richtig: Bürgerinnen und Bürger melden sich damit bei Diensten an.",
                    ),
                    (
                        "Die Steuernummer des Bundes",
                        False,
                        "Nein, die BundID ist ein Nutzerkonto, keine Steuernummer.",
                    ),
                    (
                        "Ein Förderprogramm",
                        False,
                        "Nein, die BundID ist ein Nutzerkonto.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "digitalisierungsstrategie-entwickeln",
        "title": "Digitalisierungsstrategie entwickeln",
        "teaser": (
            "Von der Bestandsaufnahme mit dem Digicheck zur beschlossenen Strategie: Vision, "
            "Ziele, priorisierte Vorhaben und ein Finanzierungsplan."
        ),
        "audience": "Digitallotsen, Hauptamt, Verwaltungsleitung und Stabsstellen",
        "level": "fortgeschritten",
        "duration_minutes": 150,
        "objectives": (
            "<ul><li>Sie führen eine Bestandsaufnahme mit dem kommunalen Digicheck durch.</li>"
            "<li>Sie formulieren eine Vision und messbare Ziele mit Politik und "
            "Beschäftigten.</li><li>Sie priorisieren Vorhaben und verbinden sie mit einem "
            "Finanzierungsplan.</li></ul>"
        ),
        "handlungsfelder": ["organisation", "buergerdienste", "beteiligung"],
        "phases": [3],
        "tags": ["Strategie", "Digicheck", "Beteiligung"],
        "prerequisites": ["ozg-grundlagen"],
        "lessons": [
            (
                "bestandsaufnahme",
                "Bestandsaufnahme mit dem Digicheck",
                [
                    (
                        "p",
                        "<p>Eine Strategie, die nicht vom tatsächlichen Stand ausgeht, bleibt "
                        "Papier. Der kommunale Digicheck ist eine Selbsteinschätzung in "
                        "Handlungsfeldern wie Bürgerdienste, interne Verwaltung, Infrastruktur, "
                        "Personal und Beteiligung. Jedes Feld wird auf einer Stufenskala "
                        "bewertet, am besten in einer gemischten Runde aus Fachämtern, IT und "
                        "Personalrat.</p>",
                    ),
                    (
                        "p",
                        "<p>Kleinmachnow hat den Digicheck in zwei halbtägigen Workshops mit 18 "
                        "Beschäftigten durchgeführt. Ergebnis: gute Werte bei der "
                        "IT-Ausstattung, aber kaum digitale Akten und keine Übersicht über "
                        "Fachverfahren. Genau diese Lücken wurden später die ersten "
                        "Strategieziele.</p>",
                    ),
                    (
                        "p",
                        "<p>Dokumentieren Sie nicht nur Stufen, sondern auch Begründungen und "
                        "Beispiele. Sie helfen später, Fortschritt zu messen und dem "
                        "Gemeinderat zu erklären, warum ein Vorhaben Vorrang hat.</p>",
                    ),
                ],
            ),
            (
                "vision-und-ziele",
                "Vision und Ziele gemeinsam formulieren",
                [
                    (
                        "p",
                        "<p>Die Vision beschreibt in zwei, drei Sätzen, wie die Verwaltung in "
                        "fünf bis zehn Jahren arbeiten soll – aus Sicht der Menschen, die sie "
                        "nutzen. Ein Beispiel aus der Hansestadt Lübeck: „Alle Anliegen lassen "
                        "sich online beginnen; niemand muss Unterlagen zweimal "
                        "einreichen.“</p>",
                    ),
                    (
                        "p",
                        "<p>Aus der Vision leiten Sie wenige, messbare Ziele ab: etwa 80 Prozent "
                        "der Anträge mit hoher Fallzahl bis 2028 online, E-Akte in allen Ämtern "
                        "bis 2027. Beteiligen Sie Politik, Beschäftigte sowie Bürgerinnen, "
                        "Bürger und Unternehmen – eine Online-Umfrage und zwei offene "
                        "Werkstätten reichen oft, um blinde Flecken zu finden.</p>",
                    ),
                    (
                        "callout",
                        "Politischen Rückhalt sichern",
                        "<p>Lassen Sie die Strategie von der Vertretung beschließen. Ein "
                        "Beschluss macht Ziele verbindlich und erleichtert die Aufnahme der "
                        "Mittel in den Haushalt.</p>",
                    ),
                ],
            ),
            (
                "priorisieren-und-finanzieren",
                "Vorhaben priorisieren und finanzieren",
                [
                    (
                        "p",
                        "<p>Sammeln Sie alle Vorhaben in einer Liste und bewerten Sie sie nach "
                        "Nutzen, Aufwand, Abhängigkeiten und Dringlichkeit. Eine einfache "
                        "Matrix mit vier Feldern zeigt schnelle Erfolge und große Vorhaben, die "
                        "eine Kommune besser mit Partnern angeht.</p>",
                    ),
                    (
                        "p",
                        "<p>Zu jedem priorisierten Vorhaben gehört eine Kostenschätzung: "
                        "einmalige Kosten, laufende Kosten und Personalaufwand. Der "
                        "Finanzierungsplan ordnet Haushaltsmittel und Förderprogramme zu. In "
                        "Cottbus/Chóśebuz wurde so deutlich, dass drei von elf Vorhaben ohne "
                        "Förderung nicht vor 2027 beginnen könnten.</p>",
                    ),
                    (
                        "p",
                        "<p>Planen Sie zuletzt, wie Sie den Fortschritt berichten: ein kurzer "
                        "Halbjahresbericht an Verwaltungsleitung und Vertretung mit Ampel je "
                        "Vorhaben und einer Sicht auf die Ziele hält die Strategie "
                        "lebendig.</p>",
                    ),
                ],
            ),
        ],
        "quiz": [
            (
                "Wozu dient der kommunale Digicheck?",
                "single",
                [
                    (
                        "Zur Selbsteinschätzung des digitalen Stands je Handlungsfeld",
                        True,
                        "Richtig: Er ist der Ausgangspunkt der Strategie.",
                    ),
                    (
                        "Zur Prüfung der Haushaltsrechnung",
                        False,
                        "Nein, das ist Aufgabe der Rechnungsprüfung.",
                    ),
                    (
                        "Zur Zertifizierung der Informationssicherheit",
                        False,
                        "Nein, dafür gibt es eigene Standards wie den IT-Grundschutz.",
                    ),
                ],
            ),
            (
                "Was zeichnet gute Strategieziele aus? (mehrere richtig)",
                "multiple",
                [
                    ("Sie sind messbar", True, "Ja, sonst lässt sich Fortschritt nicht zeigen."),
                    ("Sie haben einen Zeitrahmen", True, "Ja, etwa „bis 2028“."),
                    (
                        "Es sind möglichst viele",
                        False,
                        "Nein: Wenige Ziele lassen sich besser verfolgen.",
                    ),
                ],
            ),
            (
                "Warum sollte die Vertretung die Strategie beschließen?",
                "single",
                [
                    (
                        "Der Beschluss macht Ziele verbindlich und hilft bei den Haushaltsmitteln",
                        True,
                        "Richtig.",
                    ),
                    (
                        "Weil das OZG es ausdrücklich vorschreibt",
                        False,
                        "Nein, es ist eine Empfehlung, keine Pflicht aus dem OZG.",
                    ),
                    (
                        "Damit die Verwaltung nicht mehr berichten muss",
                        False,
                        "Im Gegenteil: Berichte halten die Strategie lebendig.",
                    ),
                ],
            ),
            (
                "Was gehört in den Finanzierungsplan eines Vorhabens?",
                "multiple",
                [
                    ("Einmalige Kosten", True, "Ja."),
                    ("Laufende Kosten und Personalaufwand", True, "Ja, sie werden oft vergessen."),
                    (
                        "Die Namen aller Beschäftigten",
                        False,
                        "Nein, personenbezogene Daten gehören nicht in den Finanzierungsplan.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "change-management-in-der-verwaltung",
        "title": "Change Management in der Verwaltung",
        "teaser": (
            "Wie Sie Beschäftigte mitnehmen, Ängste ernst nehmen und Digitallotsen aufbauen, "
            "damit neue Abläufe wirklich gelebt werden."
        ),
        "audience": "Führungskräfte, Digitallotsen und Personalverantwortliche",
        "level": "einsteiger",
        "duration_minutes": 90,
        "objectives": (
            "<ul><li>Sie erkennen typische Widerstände und ihre Ursachen.</li>"
            "<li>Sie planen Kommunikation und Beteiligung bei einer Veränderung.</li>"
            "<li>Sie bauen ein Netz interner Digitallotsen auf.</li></ul>"
        ),
        "handlungsfelder": ["organisation"],
        "phases": [2, 3],
        "tags": ["Change Management", "Digitallotsen", "Führung"],
        "prerequisites": [],
        "lessons": [
            (
                "warum-veraenderung-schwerfaellt",
                "Warum Veränderung schwerfällt",
                [
                    (
                        "p",
                        "<p>Wer seit Jahren zuverlässig mit Papierakten arbeitet, erlebt die "
                        "E-Akte zunächst als Verlust: von Sicherheit, von Routine, manchmal von "
                        "Ansehen als Expertin oder Experte. Widerstand ist deshalb selten "
                        "Bequemlichkeit, sondern ein Hinweis auf offene Fragen.</p>",
                    ),
                    (
                        "p",
                        "<p>Typische Sorgen sind: „Schaffe ich das neben dem Tagesgeschäft?“, "
                        "„Wird meine Arbeit überwacht?“ und „Was passiert, wenn das System "
                        "ausfällt?“. In Stahnsdorf hat eine anonyme Kurzumfrage unter 120 "
                        "Beschäftigten gezeigt, dass Zeitmangel die größte Sorge war – nicht die "
                        "Technik.</p>",
                    ),
                    (
                        "p",
                        "<p>Nehmen Sie diese Sorgen auf und beantworten Sie sie konkret: mit "
                        "Schulungszeit im Dienstplan, einer Dienstvereinbarung mit dem "
                        "Personalrat und einem Notfallplan.</p>",
                    ),
                ],
            ),
            (
                "kommunikation-und-beteiligung",
                "Kommunikation und Beteiligung planen",
                [
                    (
                        "p",
                        "<p>Erklären Sie früh, warum sich etwas ändert, was sich ändert und was "
                        "bleibt. Eine Geschichte aus dem Alltag wirkt stärker als eine "
                        "Folienpräsentation: Wie lange wartet eine Familie heute auf den "
                        "Kita-Bescheid, und wie lange künftig?</p>",
                    ),
                    (
                        "p",
                        "<p>Beteiligen Sie Beschäftigte an der Gestaltung der neuen Abläufe. In "
                        "Beelitz hat das Bürgerbüro den künftigen Online-Prozess selbst auf "
                        "Packpapier aufgezeichnet; dabei fielen zwei überflüssige "
                        "Unterschriften weg, die niemand mehr begründen konnte.</p>",
                    ),
                    (
                        "callout",
                        "Kommunikationsplan in einer Tabelle",
                        "<p>Wer muss was wann wissen, über welchen Weg und von wem? Eine "
                        "Tabelle mit diesen fünf Spalten genügt, um niemanden zu "
                        "vergessen.</p>",
                    ),
                ],
            ),
            (
                "digitallotsen-aufbauen",
                "Digitallotsen aufbauen",
                [
                    (
                        "p",
                        "<p>Digitallotsinnen und Digitallotsen sind Beschäftigte aus den "
                        "Fachämtern, die Veränderungen in ihrem Bereich begleiten: Sie testen "
                        "neue Abläufe, beantworten Fragen der Kolleginnen und Kollegen und "
                        "melden Probleme zurück. Sie brauchen dafür Zeit – bewährt haben sich "
                        "vier Stunden pro Woche – und einen festen Austausch untereinander.</p>",
                    ),
                    (
                        "p",
                        "<p>Gewinnen Sie Lotsen über Interesse, nicht über Anordnung. Eine "
                        "Qualifizierung von drei Modulen und ein Mentoring durch erfahrene "
                        "Lotsen aus anderen Kommunen, wie es dieses Netzwerk anbietet, macht "
                        "die Rolle attraktiv.</p>",
                    ),
                    (
                        "p",
                        "<p>Machen Sie die Arbeit der Lotsen sichtbar: im Intranet, in "
                        "Dienstbesprechungen und in der Leistungsbeurteilung. Teltow hat mit "
                        "zwölf Lotsen in sieben Ämtern die Einführung der E-Akte ein halbes "
                        "Jahr schneller abgeschlossen als geplant.</p>",
                    ),
                ],
            ),
        ],
        "quiz": [
            (
                "Was steckt meist hinter Widerstand gegen Veränderung?",
                "single",
                [
                    (
                        "Offene Fragen und Sorgen, etwa um Zeit und Sicherheit",
                        True,
                        "Richtig: Widerstand ist ein Hinweis, kein Hindernis.",
                    ),
                    (
                        "Bequemlichkeit",
                        False,
                        "Das ist selten die Ursache; fragen Sie nach.",
                    ),
                    ("Mangelnde Intelligenz", False, "Nein, diese Annahme schadet dem Wandel."),
                ],
            ),
            (
                "Was gehört in einen Kommunikationsplan? (mehrere richtig)",
                "multiple",
                [
                    ("Wer was wissen muss", True, "Ja."),
                    ("Wann und über welchen Weg", True, "Ja."),
                    ("Die Privatadressen aller Beschäftigten", False, "Nein, das ist nicht nötig."),
                ],
            ),
            (
                "Was brauchen Digitallotsen vor allem?",
                "single",
                [
                    (
                        "Feste Zeit für die Rolle und Austausch untereinander",
                        True,
                        "Richtig: Ohne Zeit bleibt die Rolle ein Ehrenamt neben dem Tagesgeschäft.",
                    ),
                    (
                        "Administratorrechte auf allen Servern",
                        False,
                        "Nein, Lotsen begleiten Veränderung, sie betreiben keine Technik.",
                    ),
                    ("Eine Zusatzprüfung im Verwaltungsrecht", False, "Nein."),
                ],
            ),
            (
                "Warum lohnt es sich, Beschäftigte Abläufe selbst gestalten zu lassen?",
                "single",
                [
                    (
                        "Sie kennen die Arbeit und finden überflüssige Schritte",
                        True,
                        "Richtig, wie das Beispiel aus Beelitz zeigt.",
                    ),
                    ("Damit die Führung keine Verantwortung trägt", False, "Nein."),
                    ("Weil es gesetzlich vorgeschrieben ist", False, "Nein."),
                ],
            ),
        ],
    },
    {
        "slug": "agile-projektarbeit",
        "title": "Agile Projektarbeit in Kommunen",
        "teaser": (
            "Scrum und Kanban im Verwaltungsalltag: in kurzen Zyklen liefern, mit Nutzenden "
            "testen und gemeinsam mit anderen Kommunen entwickeln."
        ),
        "audience": "Projektleitungen, Digitallotsen und IT-Koordination",
        "level": "fortgeschritten",
        "duration_minutes": 120,
        "objectives": (
            "<ul><li>Sie wenden Grundbegriffe von Scrum und Kanban an.</li>"
            "<li>Sie vereinbaren agile Arbeit mit Vergabe- und Haushaltsrecht.</li>"
            "<li>Sie organisieren interkommunale Projekte mit gemeinsamem Backlog.</li></ul>"
        ),
        "handlungsfelder": ["organisation", "ki"],
        "phases": [4],
        "tags": ["Agil", "Scrum", "Interkommunale Zusammenarbeit"],
        "prerequisites": ["change-management-in-der-verwaltung"],
        "lessons": [
            (
                "agil-arbeiten-grundlagen",
                "Agil arbeiten: die Grundlagen",
                [
                    (
                        "p",
                        "<p>Agile Arbeit bedeutet, in kurzen Abschnitten von zwei bis vier "
                        "Wochen etwas Nutzbares zu liefern und danach mit den Nutzenden zu "
                        "prüfen, ob es hilft. Statt eines Lastenhefts mit 200 Seiten gibt es "
                        "ein geordnetes Backlog: eine Liste von Anforderungen, die nach Nutzen "
                        "sortiert ist.</p>",
                    ),
                    (
                        "p",
                        "<p>Scrum kennt feste Rollen: den Product Owner, der über die "
                        "Reihenfolge im Backlog entscheidet, das Team, das liefert, und den "
                        "Scrum Master, der Hindernisse aus dem Weg räumt. Kanban ist "
                        "leichter: Aufgaben wandern über eine Tafel von „offen“ über „in "
                        "Arbeit“ nach „erledigt“, und die Zahl gleichzeitiger Aufgaben ist "
                        "begrenzt.</p>",
                    ),
                    (
                        "p",
                        "<p>In der Verwaltung passt Kanban oft besser für den Einstieg, weil es "
                        "bestehende Zuständigkeiten nicht ändert. Scrum lohnt sich bei "
                        "Entwicklungsprojekten wie einem neuen Online-Dienst.</p>",
                    ),
                ],
            ),
            (
                "agil-und-vergaberecht",
                "Agil arbeiten und rechtssicher beschaffen",
                [
                    (
                        "p",
                        "<p>Vergaberecht verlangt, dass die Leistung beschrieben wird – agile "
                        "Arbeit lässt den genauen Umfang bewusst offen. Das ist vereinbar: "
                        "Beschrieben werden Ziel, Rahmen, Qualität und die Arbeitsweise; "
                        "abgerechnet wird nach Sprints oder Aufwand mit einer Obergrenze.</p>",
                    ),
                    (
                        "p",
                        "<p>Die EVB-IT Agil und Rahmenverträge von Landes-IT-Dienstleistern "
                        "bieten dafür erprobte Vorlagen. Potsdam hat einen Online-Dienst für "
                        "Sondernutzungserlaubnisse in sechs Sprints entwickelt und den Vertrag "
                        "nach dem dritten Sprint wie vorgesehen angepasst.</p>",
                    ),
                    (
                        "callout",
                        "Haushalt und Agilität",
                        "<p>Planen Sie ein Budget für ein Ziel, nicht für eine Funktionsliste. "
                        "So kann das Team umsteuern, ohne dass ein Nachtragshaushalt nötig "
                        "wird.</p>",
                        "warning",
                    ),
                ],
            ),
            (
                "gemeinsam-mit-anderen-kommunen",
                "Gemeinsam mit anderen Kommunen entwickeln",
                [
                    (
                        "p",
                        "<p>Viele Vorhaben in der Wachstumsphase sind für eine Kommune allein zu "
                        "groß. Ein gemeinsames Backlog mehrerer Kommunen, ein Product Owner pro "
                        "Partner und ein gemeinsamer Review-Termin nach jedem Sprint machen "
                        "interkommunale Entwicklung beherrschbar.</p>",
                    ),
                    (
                        "p",
                        "<p>Regeln Sie früh, wem das Ergebnis gehört: Eine Open-Source-Lizenz "
                        "erlaubt allen Partnern und weiteren Kommunen die Nachnutzung. Kiel und "
                        "Flensburg haben so einen Chatbot für Bürgeranfragen gemeinsam "
                        "entwickelt; die Kosten je Stadt sanken um rund 40 Prozent.</p>",
                    ),
                    (
                        "p",
                        "<p>Nutzen Sie die Arbeitsgruppen dieses Portals für den Austausch "
                        "zwischen den Sprints und berichten Sie Fortschritte transparent an "
                        "alle Partner.</p>",
                    ),
                ],
            ),
        ],
        "quiz": [
            (
                "Was ist ein Backlog?",
                "single",
                [
                    (
                        "Eine nach Nutzen geordnete Liste von Anforderungen",
                        True,
                        "Richtig.",
                    ),
                    ("Ein Archiv abgeschlossener Akten", False, "Nein."),
                    ("Ein Fehlerprotokoll des Servers", False, "Nein."),
                ],
            ),
            (
                "Welche Rollen kennt Scrum? (mehrere richtig)",
                "multiple",
                [
                    ("Product Owner", True, "Ja, er ordnet das Backlog."),
                    ("Scrum Master", True, "Ja, er räumt Hindernisse aus dem Weg."),
                    ("Amtsleitung", False, "Keine Scrum-Rolle, auch wenn sie wichtig ist."),
                ],
            ),
            (
                "Wie lässt sich agile Arbeit mit Vergaberecht vereinbaren?",
                "single",
                [
                    (
                        "Ziel, Rahmen und Arbeitsweise beschreiben; nach Sprints mit Obergrenze "
                        "abrechnen",
                        True,
                        "Richtig, etwa mit den EVB-IT Agil.",
                    ),
                    ("Gar nicht", False, "Doch: Es gibt erprobte Vertragsvorlagen."),
                    (
                        "Indem man auf eine Ausschreibung verzichtet",
                        False,
                        "Nein, das wäre ein Vergaberechtsverstoß.",
                    ),
                ],
            ),
            (
                "Was erleichtert die Nachnutzung gemeinsamer Entwicklungen?",
                "single",
                [
                    ("Eine Open-Source-Lizenz", True, "Richtig."),
                    ("Ein Geheimhaltungsvertrag", False, "Er verhindert eher die Nachnutzung."),
                    ("Eine Papierdokumentation", False, "Nein."),
                ],
            ),
        ],
    },
    {
        "slug": "foerdermittel-finden-und-beantragen",
        "title": "Fördermittel finden und beantragen",
        "teaser": (
            "Passende Förderprogramme für Digitalisierungsvorhaben finden, Anträge gut "
            "vorbereiten und Mittel sauber abrechnen."
        ),
        "audience": "Kämmerei, Hauptamt, Projektleitungen und Digitallotsen",
        "level": "einsteiger",
        "duration_minutes": 75,
        "objectives": (
            "<ul><li>Sie finden Förderprogramme von EU, Bund und Land für Ihr Vorhaben.</li>"
            "<li>Sie bereiten einen Antrag mit Zielen, Kosten und Eigenanteil vor.</li>"
            "<li>Sie kennen die Pflichten bei Abruf und Verwendungsnachweis.</li></ul>"
        ),
        "handlungsfelder": ["organisation", "stadtplanung", "nachhaltigkeit"],
        "phases": [2, 4],
        "tags": ["Förderung", "Finanzierung"],
        "prerequisites": [],
        "lessons": [
            (
                "foerderlandschaft",
                "Die Förderlandschaft im Überblick",
                [
                    (
                        "p",
                        "<p>Digitalisierungsvorhaben von Kommunen werden von der EU (etwa EFRE), "
                        "vom Bund (zum Beispiel Modellprojekte Smart Cities oder der "
                        "Breitbandausbau) und von den Ländern gefördert. Dazu kommen "
                        "Stiftungen und Wettbewerbe. Die Förderdatenbank des Bundes bündelt "
                        "viele Programme und lässt sich nach Fördergebiet und Zweck "
                        "filtern.</p>",
                    ),
                    (
                        "p",
                        "<p>Förderprogramme unterscheiden sich in Quote, Eigenanteil, Laufzeit "
                        "und Stichtagen. Eine Quote von 80 Prozent klingt attraktiv, kann aber "
                        "bedeuten, dass Personal für die Antragstellung und Abrechnung nicht "
                        "förderfähig ist.</p>",
                    ),
                    (
                        "p",
                        "<p>Halten Sie eine Übersicht der für Sie relevanten Programme mit "
                        "Fristen – der Landkreis Potsdam-Mittelmark pflegt eine solche Liste "
                        "für alle Gemeinden des Kreises und verschickt sie vierteljährlich.</p>",
                    ),
                ],
            ),
            (
                "antrag-vorbereiten",
                "Einen Antrag gut vorbereiten",
                [
                    (
                        "p",
                        "<p>Ein überzeugender Antrag beschreibt das Problem, das Ziel, die "
                        "Maßnahmen, den Zeitplan, die Kosten und den Nutzen – möglichst mit "
                        "Zahlen. Verweisen Sie auf Ihre Digitalisierungsstrategie: Ein "
                        "Vorhaben, das dort priorisiert ist, wirkt planvoll.</p>",
                    ),
                    (
                        "p",
                        "<p>Klären Sie den Eigenanteil früh mit der Kämmerei und holen Sie, "
                        "wenn nötig, einen Beschluss der Vertretung ein. Viele Programme "
                        "verlangen, dass das Vorhaben vor der Bewilligung nicht begonnen wurde; "
                        "ein vorzeitiger Maßnahmebeginn muss beantragt werden.</p>",
                    ),
                    (
                        "callout",
                        "Gemeinsam beantragen",
                        "<p>Verbundanträge mehrerer Kommunen werden in manchen Programmen "
                        "bevorzugt. Suchen Sie Partner über die Vorhaben im Bereich „Partner & "
                        "Arbeitsgruppen“.</p>",
                    ),
                ],
            ),
            (
                "abrufen-und-nachweisen",
                "Mittel abrufen und die Verwendung nachweisen",
                [
                    (
                        "p",
                        "<p>Nach der Bewilligung werden Mittel meist in Tranchen abgerufen, oft "
                        "erst nach Zahlung der Rechnungen. Planen Sie die Vorfinanzierung in "
                        "der Liquiditätsplanung ein.</p>",
                    ),
                    (
                        "p",
                        "<p>Der Verwendungsnachweis belegt, dass die Mittel für den bewilligten "
                        "Zweck ausgegeben wurden: mit Sachbericht, zahlenmäßigem Nachweis und "
                        "Belegen. Führen Sie ab dem ersten Tag eine Belegliste; Teltow spart "
                        "dadurch nach eigener Schätzung zwei Wochen Arbeit pro Nachweis.</p>",
                    ),
                    (
                        "p",
                        "<p>Beachten Sie Zweckbindungsfristen: Eine geförderte Software oder "
                        "Hardware muss meist mehrere Jahre für den Zweck genutzt werden.</p>",
                    ),
                ],
            ),
        ],
        "quiz": [
            (
                "Wo finden Sie viele Förderprogramme gebündelt?",
                "single",
                [
                    ("In der Förderdatenbank des Bundes", True, "Richtig."),
                    ("Im Handelsregister", False, "Nein."),
                    ("Im Grundbuch", False, "Nein."),
                ],
            ),
            (
                "Was gehört in einen guten Förderantrag? (mehrere richtig)",
                "multiple",
                [
                    ("Ziele und Maßnahmen", True, "Ja."),
                    ("Kosten und Zeitplan", True, "Ja."),
                    (
                        "Eine Zusage, dass das Projekt schon begonnen hat",
                        False,
                        "Im Gegenteil: Ein vorzeitiger Beginn ist oft förderschädlich.",
                    ),
                ],
            ),
            (
                "Was ist ein Verwendungsnachweis?",
                "single",
                [
                    (
                        "Der Beleg, dass die Mittel zweckgemäß ausgegeben wurden",
                        True,
                        "Richtig: Sachbericht, Zahlen und Belege.",
                    ),
                    ("Der Antrag auf Förderung", False, "Nein, er kommt am Ende."),
                    ("Ein Ausweis der Projektleitung", False, "Nein."),
                ],
            ),
            (
                "Warum ist der Eigenanteil früh zu klären?",
                "single",
                [
                    (
                        "Er muss im Haushalt stehen, oft mit Beschluss der Vertretung",
                        True,
                        "Richtig.",
                    ),
                    ("Er ist freiwillig", False, "Nein, viele Programme verlangen ihn."),
                    ("Weil er später erstattet wird", False, "Nein."),
                ],
            ),
        ],
    },
    {
        "slug": "informationssicherheit-und-datenschutz",
        "title": "Informationssicherheit und Datenschutz",
        "teaser": (
            "Grundlagen der Informationssicherheit nach IT-Grundschutz und des Datenschutzes "
            "nach DSGVO für den kommunalen Alltag."
        ),
        "audience": "Alle Beschäftigten; vertiefend für IT, Datenschutz und Führungskräfte",
        "level": "einsteiger",
        "duration_minutes": 90,
        "objectives": (
            "<ul><li>Sie erkennen Phishing und gehen mit Vorfällen richtig um.</li>"
            "<li>Sie wenden Grundsätze der DSGVO bei neuen Verfahren an.</li>"
            "<li>Sie kennen die Bausteine eines Sicherheitskonzepts nach IT-Grundschutz.</li>"
            "</ul>"
        ),
        "handlungsfelder": ["informationssicherheit", "sicherheit"],
        "phases": [1, 2, 3, 4],
        "tags": ["IT-Sicherheit", "DSGVO", "IT-Grundschutz"],
        "prerequisites": [],
        "lessons": [
            (
                "sicher-im-alltag",
                "Sicher im Arbeitsalltag",
                [
                    (
                        "p",
                        "<p>Die meisten Angriffe auf Kommunen beginnen mit einer E-Mail. Eine "
                        "gefälschte Rechnung, eine angebliche Bewerbung mit Anhang oder ein "
                        "Link zur „Passwortprüfung“ – ein Klick genügt, damit Schadsoftware "
                        "Daten verschlüsselt. Mehrere Kreisverwaltungen waren nach solchen "
                        "Angriffen wochenlang kaum arbeitsfähig.</p>",
                    ),
                    (
                        "p",
                        "<p>Prüfen Sie Absender, Anrede und Links, bevor Sie klicken. Öffnen Sie "
                        "keine unerwarteten Anhänge mit Makros. Verwenden Sie lange Passwörter "
                        "oder Passphrasen und, wo möglich, eine Zwei-Faktor-Anmeldung.</p>",
                    ),
                    (
                        "callout",
                        "Im Zweifel melden",
                        "<p>Melden Sie verdächtige E-Mails und mögliche Vorfälle sofort der IT "
                        "– auch wenn Sie schon geklickt haben. Frühe Meldungen begrenzen den "
                        "Schaden; niemand wird dafür bestraft.</p>",
                        "warning",
                    ),
                ],
            ),
            (
                "datenschutz-grundsaetze",
                "Grundsätze des Datenschutzes",
                [
                    (
                        "p",
                        "<p>Die DSGVO gilt für jede Verarbeitung personenbezogener Daten. Ihre "
                        "Grundsätze: Rechtmäßigkeit, Zweckbindung, Datenminimierung, "
                        "Richtigkeit, Speicherbegrenzung, Integrität und Vertraulichkeit. Für "
                        "Kommunen ist die Rechtsgrundlage meist eine gesetzliche Aufgabe, nicht "
                        "die Einwilligung.</p>",
                    ),
                    (
                        "p",
                        "<p>Jedes Verfahren gehört ins Verzeichnis der "
                        "Verarbeitungstätigkeiten. Bei einem neuen Online-Dienst prüfen Sie mit "
                        "der oder dem Datenschutzbeauftragten, welche Daten wirklich nötig sind "
                        "und wie lange sie gespeichert werden. Bei hohem Risiko ist eine "
                        "Datenschutz-Folgenabschätzung Pflicht.</p>",
                    ),
                    (
                        "p",
                        "<p>Dienstleister, die Daten im Auftrag verarbeiten, brauchen einen "
                        "Auftragsverarbeitungsvertrag. Achten Sie auf den Ort der "
                        "Datenverarbeitung und die Unterauftragnehmer.</p>",
                    ),
                ],
            ),
            (
                "it-grundschutz",
                "IT-Grundschutz für Kommunen",
                [
                    (
                        "p",
                        "<p>Der IT-Grundschutz des BSI beschreibt Bausteine und Anforderungen "
                        "für ein angemessenes Sicherheitsniveau. Für kleinere Kommunen gibt es "
                        "mit dem Grundschutz-Profil „Basis-Absicherung Kommunalverwaltung“ "
                        "einen Einstieg, der die wichtigsten Anforderungen zuerst "
                        "umsetzt.</p>",
                    ),
                    (
                        "p",
                        "<p>Zentrale Bausteine sind: eine benannte Person für "
                        "Informationssicherheit, eine Leitlinie der Verwaltungsleitung, "
                        "regelmäßige Datensicherungen mit getesteter Wiederherstellung, "
                        "Updates, Rechtevergabe nach dem Prinzip der geringsten Rechte und ein "
                        "Notfallhandbuch.</p>",
                    ),
                    (
                        "p",
                        "<p>Kleinere Gemeinden teilen sich häufig eine oder einen "
                        "Informationssicherheitsbeauftragten mit dem Landkreis oder dem Amt. "
                        "Kloster Lehnin und zwei Nachbargemeinden teilen sich seit 2024 eine "
                        "halbe Stelle.</p>",
                    ),
                ],
            ),
        ],
        "quiz": [
            (
                "Woran erkennen Sie eine Phishing-Mail? (mehrere richtig)",
                "multiple",
                [
                    ("Unerwarteter Anhang oder Link", True, "Ja, ein typisches Zeichen."),
                    ("Ungewöhnlicher Absender oder Anrede", True, "Ja."),
                    (
                        "Die Mail kommt während der Dienstzeit",
                        False,
                        "Das sagt nichts über die Echtheit aus.",
                    ),
                ],
            ),
            (
                "Was tun Sie, wenn Sie auf einen verdächtigen Link geklickt haben?",
                "single",
                [
                    ("Sofort der IT melden", True, "Richtig: Frühe Meldungen begrenzen Schäden."),
                    ("Abwarten, ob etwas passiert", False, "Nein, das vergrößert den Schaden."),
                    ("Den Rechner selbst neu aufsetzen", False, "Nein, überlassen Sie das der IT."),
                ],
            ),
            (
                "Was verlangt der Grundsatz der Datenminimierung?",
                "single",
                [
                    (
                        "Nur die Daten zu verarbeiten, die für den Zweck nötig sind",
                        True,
                        "Richtig.",
                    ),
                    ("Daten möglichst komprimiert zu speichern", False, "Nein."),
                    ("Daten nur auf kleinen Rechnern zu speichern", False, "Nein."),
                ],
            ),
            (
                "Was gehört zu den Bausteinen des IT-Grundschutzes?",
                "multiple",
                [
                    ("Datensicherung mit getesteter Wiederherstellung", True, "Ja."),
                    ("Ein Notfallhandbuch", True, "Ja."),
                    (
                        "Gemeinsame Passwörter für alle im Amt",
                        False,
                        "Nein: Jede Person braucht ein eigenes Konto.",
                    ),
                ],
            ),
        ],
    },
]

LEARNING_PATHS = [
    {
        "slug": "lernpfad-orientierung",
        "title": "Lernpfad Orientierung",
        "phase": 1,
        "intro": (
            "<p>Für Kommunen, für die das Thema neu ist: erst die Pflichten und Chancen "
            "verstehen, dann sicher arbeiten.</p>"
        ),
        "courses": ["ozg-grundlagen", "informationssicherheit-und-datenschutz"],
    },
    {
        "slug": "lernpfad-start",
        "title": "Lernpfad Start",
        "phase": 2,
        "intro": (
            "<p>Für Kommunen mit ersten Projekten: Beschäftigte mitnehmen und Projekte "
            "finanzieren.</p>"
        ),
        "courses": [
            "ozg-grundlagen",
            "change-management-in-der-verwaltung",
            "foerdermittel-finden-und-beantragen",
        ],
    },
    {
        "slug": "lernpfad-strategie",
        "title": "Lernpfad Strategie",
        "phase": 3,
        "intro": (
            "<p>Für Kommunen, die eine Digitalisierungsstrategie schreiben: Bestandsaufnahme, "
            "Ziele, Beteiligung und Sicherheit von Anfang an.</p>"
        ),
        "courses": [
            "digitalisierungsstrategie-entwickeln",
            "change-management-in-der-verwaltung",
            "informationssicherheit-und-datenschutz",
        ],
    },
    {
        "slug": "lernpfad-wachstum",
        "title": "Lernpfad Wachstum",
        "phase": 4,
        "intro": (
            "<p>Für Kommunen, die viele Vorhaben umsetzen: agil arbeiten, mit Partnern "
            "entwickeln und Förderung klug nutzen.</p>"
        ),
        "courses": ["agile-projektarbeit", "foerdermittel-finden-und-beantragen"],
    },
]
