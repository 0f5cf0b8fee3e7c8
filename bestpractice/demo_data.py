"""Demo case studies and funding programmes, written for this portal.

The programmes are real and described in our own words. The case studies are invented for
demonstrations: the Kommunen exist, but what they did here, its figures and its funding are
made up, and the index page says so.
"""

from datetime import date

# (name, funder, url, funding rate or None, description)
PROGRAMMES = [
    (
        "Modellprojekte Smart Cities",
        "bund",
        "https://www.smart-city-dialog.de",
        65,
        "Bundesprogramm, mit dem ausgewählte Kommunen Strategien für eine digitale, "
        "gemeinwohlorientierte Stadtentwicklung erarbeiten und umsetzen. Die Ergebnisse sollen "
        "anderen Kommunen zur Nachnutzung offenstehen.",
    ),
    (
        "Europäischer Fonds für regionale Entwicklung (EFRE)",
        "eu",
        "https://ec.europa.eu/regional_policy/funding/erdf_de",
        None,
        "Strukturfonds der EU, den die Länder mit eigenen Programmen umsetzen. Gefördert werden "
        "unter anderem Digitalisierung, Innovation und Klimaschutz; die Förderquote hängt von "
        "Land und Region ab.",
    ),
    (
        "Europäischer Sozialfonds Plus (ESF Plus)",
        "eu",
        "https://www.esf.de",
        None,
        "EU-Fonds für Beschäftigung, Bildung und Qualifizierung. Kommunen nutzen ihn etwa für "
        "Weiterbildungsprogramme ihrer Beschäftigten im Zuge der Digitalisierung.",
    ),
    (
        "LEADER",
        "eu",
        "https://www.netzwerk-laendlicher-raum.de/leader",
        None,
        "Teil der EU-Förderung für ländliche Räume: Lokale Aktionsgruppen entscheiden selbst "
        "über Projekte, die ihre Region voranbringen, auch über digitale Dorfprojekte.",
    ),
    (
        "Kommunalrichtlinie der Nationalen Klimaschutzinitiative",
        "bund",
        "https://www.klimaschutz.de/kommunalrichtlinie",
        None,
        "Förderung von Klimaschutz in Kommunen, zum Beispiel der Umrüstung von Straßen- und "
        "Außenbeleuchtung auf LED mit bedarfsgerechter Steuerung.",
    ),
    (
        "DigitalPakt Schule",
        "bund",
        "https://www.digitalpaktschule.de",
        90,
        "Bund und Länder finanzieren gemeinsam die digitale Ausstattung von Schulen; Schulträger "
        "beantragen die Mittel mit einem Medienentwicklungsplan. Der Bund trägt 90 Prozent.",
    ),
    (
        "Gigabitförderung des Bundes",
        "bund",
        "https://gigabit-foerderung.bund.de",
        50,
        "Zuschüsse für den Glasfaserausbau dort, wo kein Netzbetreiber aus eigener Kraft "
        "gigabitfähig ausbaut. Die Länder ergänzen die Bundesmittel in der Regel.",
    ),
    (
        "Digitale Zukunftskommune@bw",
        "land",
        "https://www.digital-bw.de",
        None,
        "Wettbewerb des Landes Baden-Württemberg, in dem Kommunen Digitalisierungsstrategien "
        "entwickelten und erste Projekte daraus umsetzten.",
    ),
    (
        "Förderprogramm Digitales Rathaus",
        "land",
        "https://www.stmd.bayern.de",
        None,
        "Programm des Freistaats Bayern, das Gemeinden beim Einstieg in kommunale Online-Dienste "
        "unterstützte.",
    ),
    (
        "Projektförderung der Deutschen Bundesstiftung Umwelt (DBU)",
        "sonstige",
        "https://www.dbu.de",
        None,
        "Die Stiftung fördert modellhafte Umweltprojekte, darunter digitale Lösungen für "
        "Umweltmessung und Ressourcenschutz.",
    ),
]

INDEX_INTRO = (
    "<p>Was haben vergleichbare Kommunen umgesetzt, was hat es gekostet, wie wurde es "
    "gefördert und wen können Sie fragen? Filtern Sie nach Handlungsfeld, Größe, Phase und "
    "Kosten.</p><p><b>Hinweis zur Demo:</b> Die Praxisbeispiele des Demo-Netzwerks sind "
    "erfunden. Die Kommunen gibt es, Projekte, Zahlen und Förderungen sind Beispieldaten.</p>"
)


def _cs(
    slug,
    title,
    kommunen,
    teaser,
    handlungsfelder,
    tags,
    phase,
    status,
    sections,
    costs,
    programme,
    period,
    transferability,
    contact,
):
    return {
        "slug": slug,
        "title": title,
        "kommunen": kommunen,
        "teaser": teaser,
        "handlungsfelder": handlungsfelder,
        "tags": tags,
        "phase": phase,
        "status": status,
        "sections": sections,
        "cost_one_off": costs[0],
        "cost_yearly": costs[1],
        "staff_effort": costs[2],
        "programme": programme,
        "start_date": period[0],
        "end_date": period[1],
        "transferability": transferability[0],
        "transferability_reason": transferability[1],
        "contact": contact,
    }


CASE_STUDIES = [
    _cs(
        "online-terminvergabe-buergerbuero-werder",
        "Online-Terminvergabe im Bürgerbüro",
        ["12069656"],
        "Werder (Havel) hat die Warteschlange im Bürgerbüro durch Online-Termine ersetzt. Die "
        "Wartezeit vor Ort sank von durchschnittlich 50 auf unter 10 Minuten.",
        ["buergerdienste"],
        ["Terminvergabe", "Bürgerbüro", "Wartezeit"],
        3,
        "betrieb",
        [
            "Vor allem zur Baumblütenzeit und vor den Sommerferien standen Menschen bis auf die "
            "Straße. Die Mitarbeitenden konnten die Arbeit kaum planen, Beschwerden häuften sich.",
            "Bürgerinnen und Bürger buchen einen Termin für ihr Anliegen online oder am Telefon "
            "und erhalten eine Erinnerung. Für Notfälle bleibt täglich ein Kontingent frei.",
            "Die Wartezeit vor Ort sank auf unter 10 Minuten, 78 Prozent der Besuche sind "
            "inzwischen gebucht. Das Team plant Dienste nach den Buchungen und hat weniger "
            "Überstunden.",
            "Ein cloudbasiertes Terminsystem mit Anbindung an den Kalender des Bürgerbüros, eine "
            "Ansage im Telefonsystem und zwei Kolleginnen, die Dienstleistungen und Zeitbedarfe "
            "erfasst haben.",
            "Das Terminsystem ist als Software-as-a-Service gemietet. Die Konfiguration hat der "
            "Anbieter mit dem Bürgerbüro in zwei Workshops erledigt.",
            "Einmalig rund 18.000 Euro für Einrichtung und Schulung, jährlich gut 4.000 Euro "
            "Lizenz. Die eingesparte Zeit entspricht etwa einer halben Stelle.",
            "Die Zeitbedarfe je Dienstleistung müssen realistisch sein, sonst stauen sich die "
            "Termine. Ohne freie Notfalltermine kommt der Ärger nur zeitversetzt.",
        ],
        (18_000, 4_200, 35),
        None,
        (date(2023, 2, 1), date(2023, 6, 30)),
        (5, "Ein Standardprodukt, das jede Kommune mit Bürgerbüro ohne Anpassung nutzen kann."),
        "lotse@demo.example",
    ),
    _cs(
        "digitale-bauakte-teltow",
        "Digitale Bauakte und Bauantrag ohne Papier",
        ["12069616"],
        "Teltow bearbeitet Bauanträge vollständig elektronisch: vom Antrag über die Beteiligung "
        "der Fachämter bis zum Bescheid. Die Bearbeitungszeit sank um ein Drittel.",
        ["buergerdienste", "organisation"],
        ["E-Akte", "Bauantrag", "OZG"],
        4,
        "betrieb",
        [
            "Bauakten lagerten in Rollschränken, Stellungnahmen liefen per Hauspost durch vier "
            "Ämter. Bei der wachsenden Zahl von Anträgen verlängerten sich die Fristen spürbar.",
            "Anträge gehen über das Landesportal ein, landen in der E-Akte und werden parallel an "
            "die beteiligten Stellen verteilt. Bescheide werden elektronisch zugestellt.",
            "Die durchschnittliche Bearbeitung sank von 14 auf 9 Wochen. Bauherren sehen den "
            "Stand ihres Verfahrens, Rückfragen im Bauamt gingen um 40 Prozent zurück.",
            "Das Dokumentenmanagementsystem der Stadt, eine Schnittstelle zum Landesportal, ein "
            "Scan-Dienst für den Altbestand und ein Projektteam aus Bauamt, IT und Registratur.",
            "Der Altbestand wurde von einem Dienstleister gescannt; die Schnittstelle hat der "
            "Hersteller des Fachverfahrens geliefert.",
            "145.000 Euro einmalig, davon 60.000 Euro für den Scan des Altbestands, laufend rund "
            "22.000 Euro. Die Archivfläche wird jetzt als Besprechungsraum genutzt.",
            "Den Altbestand nicht vollständig scannen, sondern nur aktive Vorgänge und bei "
            "Bedarf. Die Fachämter früh einbinden, sonst entstehen Medienbrüche.",
        ],
        (145_000, 22_000, 180),
        "Europäischer Fonds für regionale Entwicklung (EFRE)",
        (date(2021, 9, 1), date(2023, 3, 31)),
        (4, "Gut übertragbar, wenn ein Dokumentenmanagementsystem bereits vorhanden ist."),
        "lotsin.teltow@demo.example",
    ),
    _cs(
        "ki-posteingang-luebeck",
        "KI sortiert den Posteingang vor",
        ["01003000"],
        "Die Hansestadt Lübeck erprobt ein Sprachmodell, das eingehende E-Mails und Briefe dem "
        "zuständigen Fachbereich zuordnet. Im Pilot stimmten 87 Prozent der Vorschläge.",
        ["ki", "organisation"],
        ["KI", "Posteingang", "Dokumentenerkennung"],
        3,
        "pilot",
        [
            "Täglich gehen rund 1.200 Schreiben an allgemeine Adressen ein. Die zentrale "
            "Poststelle leitete sie von Hand weiter, Fehlzuordnungen kosteten Tage.",
            "Ein Modell schlägt für jedes Schreiben Fachbereich und Vorgangsart vor; die "
            "Poststelle bestätigt oder korrigiert mit einem Klick. Korrekturen verbessern das "
            "Modell.",
            "Die Weiterleitung dauert im Schnitt 4 statt 20 Minuten je Stapel. Die Kolleginnen "
            "der Poststelle übernehmen mehr Auskünfte am Telefon.",
            "Anonymisierte Beispielschreiben aus zwei Jahren, ein in Deutschland betriebenes "
            "Sprachmodell, die Datenschutzbeauftragte und der Personalrat von Beginn an.",
            "Ein regionaler IT-Dienstleister betreibt das Modell; die Stadt hat die Trainingsdaten "
            "aufbereitet und die Fachbereiche für die Zuordnungsregeln gewonnen.",
            "95.000 Euro für Pilot und Datenaufbereitung, erwartet 15.000 Euro jährlich im "
            "Betrieb. Die Entscheidung über den Dauerbetrieb fällt nach zwölf Monaten.",
            "Die Datenschutz-Folgenabschätzung braucht mehr Zeit als die Technik. Der "
            "Personalrat hat das Projekt mitgetragen, weil niemand ersetzt, sondern entlastet "
            "wird.",
        ],
        (95_000, 15_000, 120),
        None,
        (date(2024, 4, 1), None),
        (
            3,
            "Das Modell muss mit eigenen Daten trainiert werden; die Vorgehensweise ist "
            "übertragbar.",
        ),
        "lotsin.luebeck@demo.example",
    ),
    _cs(
        "chatbot-ordnungsamt-leipzig",
        "Chatbot für Fragen an das Ordnungsamt",
        ["14713000"],
        "Leipzig beantwortet häufige Fragen zu Sondernutzungen, Parken und Gewerbe mit einem "
        "Chatbot rund um die Uhr. Er löst zwei Drittel der Anfragen ohne Rückruf.",
        ["ki", "buergerdienste"],
        ["Chatbot", "KI", "Bürgerservice"],
        4,
        "betrieb",
        [
            "Das Servicetelefon des Ordnungsamts war zu Stoßzeiten kaum erreichbar. Viele "
            "Anrufe betrafen immer dieselben zwanzig Fragen.",
            "Ein Chatbot auf der Website beantwortet die häufigen Fragen, verlinkt Formulare und "
            "übergibt schwierige Fälle mit Zusammenfassung an das Team.",
            "Etwa 2.500 Gespräche im Monat, 68 Prozent ohne Übergabe. Die Erreichbarkeit des "
            "Telefons stieg von 55 auf 80 Prozent.",
            "Eine Wissensbasis aus Fragen und Antworten, gepflegt vom Fachamt, eine "
            "Chatbot-Plattform mit Sprachmodell und eine Redakteurin mit vier Stunden pro Woche.",
            "Plattform und Betrieb wurden ausgeschrieben; die Inhalte schreibt das Ordnungsamt "
            "selbst.",
            "62.000 Euro Einführung, 18.000 Euro jährlich. Gegenüber einer zusätzlichen Stelle "
            "im Callcenter rechnet sich der Bot nach gut einem Jahr.",
            "Der Bot ist nur so gut wie seine Antworten. Ohne feste Zuständigkeit für die "
            "Pflege veralten sie schnell.",
        ],
        (62_000, 18_000, 90),
        None,
        (date(2022, 10, 1), date(2023, 5, 31)),
        (4, "Die Plattform ist übertragbar; die Wissensbasis muss jede Kommune selbst schreiben."),
        "lotse.leipzig@demo.example",
    ),
    _cs(
        "pegelsensoren-plane-potsdam-mittelmark",
        "Pegelsensoren an kleinen Gewässern",
        ["12069000", "12069020"],
        "Der Landkreis Potsdam-Mittelmark und Bad Belzig messen Wasserstände an Bächen, die "
        "kein Landespegel erfasst. Bei Starkregen warnt das System die Feuerwehr früher.",
        ["sicherheit", "nachhaltigkeit"],
        ["Hochwasser", "Sensorik", "LoRaWAN", "Feuerwehr"],
        1,
        "pilot",
        [
            "Nach Starkregen traten kleine Bäche über die Ufer, bevor jemand es bemerkte. Die "
            "Feuerwehr erfuhr davon erst durch Notrufe.",
            "Sensoren an zehn Stellen melden den Pegel alle 15 Minuten. Steigt er schnell, "
            "erhält die Leitstelle eine Warnung und die Wehrführung eine SMS.",
            "Bei zwei Starkregen im Pilotjahr war die Feuerwehr 40 bis 60 Minuten früher vor "
            "Ort. Die Daten helfen außerdem bei der Planung von Rückhaltebecken.",
            "Ultraschall-Pegelsensoren, ein LoRaWAN-Funknetz des Kreises, eine offene "
            "Datenplattform und die Freiwilligen Feuerwehren als Paten der Messstellen.",
            "Sensoren und Montage kamen von einem Fachbetrieb; das Funknetz betreibt die "
            "Kreisverwaltung, die Stadt stellt Standorte und Strom.",
            "38.000 Euro für Sensoren und Gateways, 5.500 Euro jährlich für Wartung und "
            "Plattform. Schon ein vermiedener Kellerschaden im Gerätehaus wog das auf.",
            "Einige Sensoren waren von Treibgut verdeckt. Die Paten sehen nun monatlich nach.",
        ],
        (38_000, 5_500, 45),
        None,
        (date(2024, 3, 1), None),
        (
            4,
            "Gut übertragbar für Kreise mit eigenem Funknetz; Standorte brauchen Abstimmung "
            "mit der Wasserbehörde.",
        ),
        "lotse.kreis@demo.example",
    ),
    _cs(
        "smarte-strassenbeleuchtung-kiel",
        "Straßenbeleuchtung, die nach Bedarf leuchtet",
        ["01002000"],
        "Kiel hat 4.800 Leuchten auf LED umgerüstet und dimmt sie nachts nach Verkehr. Der "
        "Stromverbrauch der Beleuchtung sank um 68 Prozent.",
        ["nachhaltigkeit", "stadtplanung"],
        ["Straßenbeleuchtung", "LED", "Energie", "Klimaschutz"],
        4,
        "betrieb",
        [
            "Die Straßenbeleuchtung war einer der größten Stromverbraucher der Stadt. Viele "
            "Natriumdampfleuchten waren über 30 Jahre alt und störanfällig.",
            "LED-Leuchten mit Funkknoten dimmen auf 30 Prozent und werden bei Bewegung heller. "
            "Störungen meldet die Leuchte selbst.",
            "Jährlich rund 1,9 Millionen kWh weniger Strom und 800 Tonnen weniger CO₂. "
            "Ausfälle werden in zwei statt zehn Tagen behoben.",
            "Ein Lichtmanagementsystem, Bewegungsmelder an Nebenstraßen, die Leuchtendaten im "
            "GIS und das Tiefbauamt mit dem Stromnetzbetreiber.",
            "Leuchten und Montage wurden in drei Losen ausgeschrieben; das Managementsystem "
            "betreibt der Leuchtenhersteller.",
            "4,2 Millionen Euro, rund ein Viertel gefördert. Die Ersparnis bei Strom und Wartung "
            "liegt bei etwa 450.000 Euro im Jahr.",
            "Anwohnerinnen früh informieren: Das dynamische Licht wurde anfangs als defekt "
            "gemeldet.",
        ],
        (4_200_000, 35_000, 400),
        "Kommunalrichtlinie der Nationalen Klimaschutzinitiative",
        (date(2020, 5, 1), date(2023, 10, 31)),
        (5, "Technisch ausgereift und gut förderbar; jede Kommune kann klein anfangen."),
        None,
    ),
    _cs(
        "tabletausleihe-schulen-flensburg",
        "Tablets für alle Schülerinnen und Schüler",
        ["01001000"],
        "Flensburg stattet alle weiterführenden Schulen mit Leihtablets aus und verwaltet sie "
        "zentral. Der Schulträger hat dafür einen eigenen Support aufgebaut.",
        ["bildung"],
        ["Schule", "Tablets", "Medienentwicklungsplan"],
        2,
        "betrieb",
        [
            "In der Pandemie fehlten vielen Familien Geräte. Jede Schule hatte eigene Lösungen, "
            "die Hausmeister waren zugleich IT-Support.",
            "Alle Geräte werden zentral eingerichtet und verwaltet; Schulen bestellen über ein "
            "Ticketsystem, Reparaturen laufen über einen Tauschpool.",
            "3.200 Tablets im Einsatz, Ausfallzeiten unter zwei Tagen. Lehrkräfte planen "
            "digitale Einheiten, weil die Technik verlässlich ist.",
            "Eine Geräteverwaltung (MDM), WLAN in allen Klassenräumen, ein Medienentwicklungsplan "
            "mit den Schulen und drei IT-Fachkräfte beim Schulträger.",
            "Geräte und MDM-Lizenzen über einen Rahmenvertrag des Landes; Reparaturen übernimmt "
            "ein regionaler Händler.",
            "1,1 Millionen Euro einmalig, größtenteils gefördert, laufend 160.000 Euro für "
            "Support und Ersatz. Die Folgekosten sind dauerhaft im Haushalt eingeplant.",
            "Ersatzbeschaffung von Anfang an einplanen: Nach fünf Jahren steht der Austausch an.",
        ],
        (1_100_000, 160_000, 260),
        "DigitalPakt Schule",
        (date(2021, 1, 1), date(2022, 12, 31)),
        (4, "Übertragbar für jeden Schulträger; der Support braucht eigenes Personal."),
        None,
    ),
    _cs(
        "3d-stadtmodell-bauleitplanung-ulm",
        "3D-Stadtmodell für die Bauleitplanung",
        ["08421000"],
        "Ulm zeigt geplante Gebäude im 3D-Stadtmodell, bevor der Gemeinderat entscheidet. "
        "Bürgerversammlungen diskutieren seitdem über Bilder statt über Pläne.",
        ["stadtplanung", "beteiligung"],
        ["3D-Stadtmodell", "Digitaler Zwilling", "GIS", "Bauleitplanung"],
        3,
        "betrieb",
        [
            "Bebauungspläne waren für Laien schwer zu lesen. Verschattung und Höhen wurden erst "
            "sichtbar, wenn gebaut war.",
            "Entwürfe werden als 3D-Modelle in das Stadtmodell gesetzt; im Browser lassen sich "
            "Sonnenstand, Blickachsen und Varianten vergleichen.",
            "Seit 2022 wurden 14 Verfahren so begleitet. Einwendungen wegen Verschattung gingen "
            "deutlich zurück, weil sie früh geklärt wurden.",
            "Laserscan- und Luftbilddaten der Landesvermessung, CityGML, eine Web-Plattform und "
            "zwei Kolleginnen aus Vermessung und Stadtplanung.",
            "Die Plattform ist Open Source und wurde von einem Ingenieurbüro angepasst; die "
            "Daten stammen vom Landesamt.",
            "210.000 Euro Aufbau, 30.000 Euro jährlich. Teure Planänderungen nach der "
            "Offenlage werden seltener.",
            "Die Qualität der Gebäudemodelle entscheidet über die Akzeptanz. Vorab Zeit für "
            "die Datenpflege einplanen.",
        ],
        (210_000, 30_000, 220),
        "Digitale Zukunftskommune@bw",
        (date(2019, 6, 1), date(2021, 12, 31)),
        (3, "Für kleinere Kommunen nur mit Daten und Plattform des Landes oder Kreises sinnvoll."),
        None,
    ),
    _cs(
        "parksensoren-muenster",
        "Parksensoren in der Innenstadt",
        ["05515000"],
        "Münster hat freie Parkplätze über Bodensensoren angezeigt und das Projekt nach zwei "
        "Jahren beendet. Die Erfahrungen flossen in ein neues Parkleitsystem ein.",
        ["mobilitaet"],
        ["Parken", "Sensorik", "Parksuchverkehr"],
        4,
        "eingestellt",
        [
            "Parksuchverkehr machte in der Altstadt einen großen Teil des Verkehrs aus. "
            "Anzeigen gab es nur für Parkhäuser.",
            "Bodensensoren erkennen belegte Plätze, eine App und Anzeigetafeln leiten zu freien "
            "Stellplätzen.",
            "Im ersten Jahr stimmten die Angaben an guten Tagen zu 90 Prozent, im Winter oft "
            "nicht. Der Parksuchverkehr sank messbar nur in zwei Straßen.",
            "400 Bodensensoren, ein Funknetz, eine Datenplattform und die Straßenverkehrsbehörde "
            "für die Beschilderung.",
            "Sensoren und App kamen von einem Start-up, das während der Laufzeit den Betrieb "
            "umstellte.",
            "180.000 Euro Investition, 40.000 Euro jährlich. Der Nutzen blieb hinter den "
            "Erwartungen zurück, deshalb wurde der Vertrag nicht verlängert.",
            "Sensoren im Boden leiden unter Schnee und Streusalz. Kameras an Masten oder "
            "Daten der Parkhäuser sind robuster; ein Ausstiegsplan gehört in jeden Vertrag.",
        ],
        (180_000, 40_000, 150),
        None,
        (date(2019, 4, 1), date(2021, 3, 31)),
        (2, "Abgeraten in dieser Form; die Lehren sind für jedes Sensorprojekt wertvoll."),
        None,
    ),
    _cs(
        "buergerhaushalt-kassel",
        "Online-Bürgerhaushalt",
        ["06611000"],
        "In Kassel schlagen Bürgerinnen und Bürger online vor, wofür die Stadt Geld ausgeben "
        "soll, und stimmen ab. Die Top-Vorschläge gehen in die Haushaltsberatung.",
        ["beteiligung"],
        ["Bürgerbeteiligung", "Haushalt", "Online-Beteiligung"],
        2,
        "betrieb",
        [
            "Zu Haushaltsversammlungen kamen wenige, meist dieselben Menschen. Jüngere und "
            "Berufstätige fehlten.",
            "Über sechs Wochen sammelt eine Plattform Vorschläge, die Verwaltung prüft Kosten und "
            "Machbarkeit, dann stimmen alle ab. Der Rat berät die zwanzig bestplatzierten.",
            "Über 3.000 Teilnehmende im ersten Jahr, ein Drittel unter 30. Zwölf Vorschläge "
            "wurden umgesetzt, etwa Trinkbrunnen und sichere Radwege.",
            "Eine Beteiligungsplattform, Moderation aus der Stabsstelle, Stellungnahmen der "
            "Fachämter und Plakate in Stadtteilen.",
            "Die Plattform ist Open Source und wird von einem Dienstleister betrieben.",
            "45.000 Euro im ersten Jahr, danach 12.000 Euro jährlich. Der größte Posten ist die "
            "Arbeitszeit der Fachämter für die Prüfung.",
            "Rückmeldung ist alles: Jeder Vorschlag bekommt eine Antwort, auch ein begründetes "
            "Nein.",
        ],
        (45_000, 12_000, 100),
        None,
        (date(2022, 1, 1), date(2022, 9, 30)),
        (5, "Plattform und Ablauf sind erprobt und passen zu jeder Haushaltsgröße."),
        None,
    ),
    _cs(
        "open-data-portal-jena",
        "Offene Daten der Stadt an einem Ort",
        ["16053000"],
        "Jena veröffentlicht über 200 Datensätze maschinenlesbar, von Haltestellen bis zu "
        "Kita-Plätzen. Start-ups und Hochschulen bauen darauf eigene Anwendungen.",
        ["beteiligung", "stadtplanung"],
        ["Open Data", "Transparenz", "Datenportal"],
        4,
        "betrieb",
        [
            "Daten lagen verteilt in Fachverfahren; Anfragen von Presse und Forschung kosteten "
            "jedes Mal Zeit.",
            "Fachämter veröffentlichen Daten nach festen Regeln selbst, das Portal meldet sie "
            "an GovData weiter.",
            "216 Datensätze, monatlich rund 9.000 Abrufe. Anfragen nach Daten im Presseamt "
            "gingen um die Hälfte zurück.",
            "Ein Datenportal auf Basis von CKAN, eine Open-Data-Leitlinie des Stadtrats und "
            "Datenpatinnen in jedem Amt.",
            "Betrieb durch den kommunalen IT-Dienstleister; die Stadt veranstaltet jährlich "
            "einen Hackathon mit der Universität.",
            "75.000 Euro Aufbau, 14.000 Euro jährlich. Nachnutzung durch Dritte spart eigene "
            "Entwicklung, etwa einen Kita-Finder.",
            "Mit wenigen gut gepflegten Datensätzen beginnen. Veraltete Daten schaden dem "
            "Vertrauen mehr als fehlende.",
        ],
        (75_000, 14_000, 110),
        "Modellprojekte Smart Cities",
        (date(2020, 3, 1), date(2021, 6, 30)),
        (5, "Open-Source-Software und Leitlinie lassen sich direkt übernehmen."),
        None,
    ),
    _cs(
        "erste-online-dienste-wuerzburg",
        "Die ersten zehn Online-Dienste",
        ["09663000"],
        "Würzburg hat mit zehn häufigen Leistungen begonnen, sie online anzubieten, statt alles "
        "auf einmal zu planen. Die Auswahl folgte den Fallzahlen.",
        ["buergerdienste"],
        ["OZG", "Online-Dienste", "Einstieg"],
        1,
        "betrieb",
        [
            "Das Onlinezugangsgesetz war bekannt, aber niemand wusste, wo man anfangen sollte. "
            "Es gab keine Stelle für Digitalisierung.",
            "Die zehn Leistungen mit den meisten Fällen werden über das Landesportal online "
            "angeboten; weitere folgen jedes Quartal.",
            "Über 11.000 Online-Anträge im ersten Jahr, vor allem Meldebescheinigungen und "
            "Anwohnerparkausweise.",
            "Das Bürgerservice-Portal des Landes, der elektronische Bezahldienst und eine "
            "Projektgruppe aus Bürgeramt und IT.",
            "Die Formulare kommen fertig vom Land; die Stadt hat nur Gebühren und Zuständigkeiten "
            "hinterlegt.",
            "25.000 Euro für Einrichtung und Schulung, 6.000 Euro jährlich. Jeder Online-Antrag "
            "spart rund zehn Minuten am Schalter.",
            "Klein anfangen, messen und darüber berichten: Das hat den Stadtrat für die nächsten "
            "Schritte gewonnen.",
        ],
        (25_000, 6_000, 60),
        "Förderprogramm Digitales Rathaus",
        (date(2020, 1, 15), date(2020, 12, 31)),
        (5, "Jede Kommune kann so anfangen; die Landesportale stellen die Dienste bereit."),
        None,
    ),
    _cs(
        "informationssicherheit-leitlinie-gera",
        "Eine Leitlinie für Informationssicherheit",
        ["16052000"],
        "Gera hat nach einem Phishing-Vorfall eine Informationssicherheitsleitlinie beschlossen "
        "und die wichtigsten Maßnahmen nach einem vereinfachten Standard umgesetzt.",
        ["informationssicherheit", "organisation"],
        ["Informationssicherheit", "ISMS", "Phishing"],
        1,
        "pilot",
        [
            "Ein Phishing-Angriff legte das E-Mail-System für zwei Tage lahm. Zuständigkeiten "
            "für Informationssicherheit gab es nicht.",
            "Eine Leitlinie regelt Verantwortung und Ziele; ein Sicherheitsbeauftragter führt "
            "Basismaßnahmen ein und berichtet der Verwaltungsspitze.",
            "Alle Beschäftigten haben ein Awareness-Training absolviert. Die Klickrate bei "
            "Phishing-Tests sank von 19 auf 4 Prozent.",
            "Die Arbeitshilfe für kommunale Informationssicherheit, ein Schulungsportal und ein "
            "externer Berater für die Einstiegsanalyse.",
            "Berater und Schulungsplattform wurden beauftragt; Sicherheitsbeauftragter ist ein "
            "eigener Mitarbeiter mit halber Stelle.",
            "30.000 Euro für Analyse und Schulungen, jährlich 9.000 Euro. Ein einziger "
            "verhinderter Ausfall rechtfertigt die Kosten.",
            "Informationssicherheit ist Chefsache: Erst mit der Unterschrift des "
            "Oberbürgermeisters bewegten sich die Ämter.",
        ],
        (30_000, 9_000, 70),
        None,
        (date(2023, 5, 1), None),
        (5, "Die Schritte passen zu jeder Verwaltung, besonders zu kleineren."),
        None,
    ),
    _cs(
        "gemeinsamer-sicherheitsbeauftragter-bautzen",
        "Ein Informationssicherheitsbeauftragter für Kreis und Stadt",
        ["14625000", "14625020"],
        "Der Landkreis Bautzen und die Stadt Bautzen teilen sich einen "
        "Informationssicherheitsbeauftragten. Beide erfüllen so Anforderungen, die allein kaum "
        "zu besetzen waren.",
        ["informationssicherheit", "organisation"],
        ["Interkommunale Zusammenarbeit", "Informationssicherheit", "Personal"],
        2,
        "betrieb",
        [
            "Beide Verwaltungen brauchten einen Sicherheitsbeauftragten, fanden aber für eine "
            "halbe Stelle niemanden.",
            "Der Kreis stellt eine volle Stelle ein, die Stadt erstattet die Hälfte. Ein "
            "Vertrag regelt Aufgaben, Berichtswege und Vertretung.",
            "Die Stelle war nach drei Monaten besetzt. Beide haben ein Sicherheitskonzept und "
            "üben gemeinsam den Notfall.",
            "Eine öffentlich-rechtliche Vereinbarung, gemeinsame Vorlagen und ein abgestimmter "
            "Notfallplan.",
            "Keine Fremdleistung; die Rechtsämter beider Verwaltungen haben die Vereinbarung "
            "erarbeitet.",
            "Kaum einmalige Kosten, jährlich rund 85.000 Euro Personalkosten, hälftig geteilt.",
            "Klare Prioritäten vereinbaren, sonst zieht jede Seite an der Stelle.",
        ],
        (3_000, 85_000, 30),
        None,
        (date(2022, 7, 1), None),
        (5, "Übertragbar auf jede Kreisverwaltung mit ihren Gemeinden."),
        None,
    ),
    _cs(
        "pflegeplatzboerse-regensburg",
        "Freie Pflegeplätze tagesaktuell finden",
        ["09362000"],
        "Regensburg zeigt freie Plätze in Pflegeheimen und Kurzzeitpflege auf einer Webseite. "
        "Angehörige und Kliniksozialdienste sparen sich Dutzende Anrufe.",
        ["gesundheit"],
        ["Pflege", "Kurzzeitpflege", "Plattform"],
        2,
        "pilot",
        [
            "Angehörige telefonierten nach einem Klinikaufenthalt oft tagelang Heime ab. Die "
            "Pflegeberatung hatte keinen Überblick.",
            "Einrichtungen melden freie Plätze täglich mit zwei Klicks; die Seite zeigt sie nach "
            "Art und Stadtteil.",
            "34 von 41 Einrichtungen machen mit. Kliniksozialdienste berichten, dass sie "
            "schneller einen Platz finden.",
            "Eine schlanke Webanwendung, Zugangsdaten für die Einrichtungen und die Pflegeberatung "
            "als Ansprechstelle.",
            "Die Anwendung entwickelte ein regionales Softwarehaus; der Betrieb liegt beim "
            "kommunalen Rechenzentrum.",
            "40.000 Euro Entwicklung, 7.000 Euro jährlich.",
            "Die Einrichtungen melden nur, wenn es einfach ist. Eine Erinnerung per SMS hat die "
            "Aktualität verdoppelt.",
        ],
        (40_000, 7_000, 50),
        None,
        (date(2024, 1, 1), None),
        (4, "Gut übertragbar; der Erfolg hängt an der Mitwirkung der Einrichtungen."),
        None,
    ),
    _cs(
        "telenotarzt-ostalbkreis-aalen",
        "Telenotarzt im Rettungsdienst",
        ["08136000", "08136088"],
        "Im Ostalbkreis unterstützt ein Notarzt aus der Leitstelle die Rettungswagen per "
        "Video. Patientinnen werden schneller und gezielter versorgt.",
        ["gesundheit", "sicherheit"],
        ["Rettungsdienst", "Telemedizin", "ländlicher Raum"],
        2,
        "betrieb",
        [
            "Notärzte fehlten besonders nachts und auf dem Land. Rettungswagen warteten auf den "
            "Notarzt, der anderswo gebunden war.",
            "Das Team im Rettungswagen schaltet bei Bedarf den Telenotarzt zu, der Vitaldaten "
            "sieht und Maßnahmen anordnet.",
            "In einem Drittel der Einsätze war kein Notarzt vor Ort mehr nötig. Die Zeit bis zur "
            "ärztlichen Entscheidung sank auf wenige Minuten.",
            "Übertragungstechnik in allen Rettungswagen, ein Arbeitsplatz in der Leitstelle, "
            "Mobilfunk mit Vorrang und geschulte Notärztinnen.",
            "Technik über einen Medizintechnik-Anbieter; die Ärzte stellt das Klinikum Aalen.",
            "520.000 Euro für Ausstattung, 310.000 Euro jährlich für Betrieb und Personal.",
            "Funklöcher auf der Ostalb waren das größte Hindernis; die Mobilfunkabdeckung vorher "
            "messen.",
        ],
        (520_000, 310_000, 300),
        None,
        (date(2021, 4, 1), date(2022, 10, 31)),
        (
            3,
            "Übertragbar auf Rettungsdienstbereiche, die eine Leitstelle mit ärztlicher "
            "Besetzung haben.",
        ),
        None,
    ),
    _cs(
        "gewerbeanmeldung-online-voelklingen",
        "Gewerbeanmeldung online",
        ["10041519"],
        "Völklingen nutzt den Online-Dienst für Gewerbeanzeigen, den ein anderes Land für alle "
        "entwickelt hat. Anträge landen direkt im Fachverfahren.",
        ["buergerdienste"],
        ["OZG", "Einer für Alle", "Gewerbe"],
        1,
        "betrieb",
        [
            "Gewerbeanmeldungen kamen per Post oder persönlich; die Daten wurden abgetippt.",
            "Unternehmen melden ihr Gewerbe online an; die Daten fließen ohne Abtippen in das "
            "Gewerbeverfahren.",
            "Über 60 Prozent der Anzeigen kommen online. Die Bearbeitungszeit sank von einer "
            "Woche auf zwei Tage.",
            "Der nachnutzbare Online-Dienst, eine Schnittstelle im Fachverfahren und das "
            "Servicekonto der Unternehmen.",
            "Der Dienst wird zentral betrieben; die Stadt zahlt einen Anteil an den "
            "Betriebskosten.",
            "8.000 Euro für die Anbindung, 2.500 Euro jährlich.",
            "Nachnutzen statt selbst entwickeln spart Monate. Wichtig ist, das Fachverfahren "
            "früh vorzubereiten.",
        ],
        (8_000, 2_500, 15),
        None,
        (date(2023, 9, 1), date(2023, 12, 15)),
        (5, "Der Dienst steht allen Kommunen offen."),
        None,
    ),
    _cs(
        "maengelmelder-wittenberg",
        "Mängelmelder für Schlaglöcher und Müll",
        ["15091375"],
        "In der Lutherstadt Wittenberg melden Bürgerinnen Schäden mit Foto und Standort. Der "
        "Bauhof erhält die Meldung direkt auf sein Tablet.",
        ["beteiligung", "stadtplanung"],
        ["Mängelmelder", "Bauhof", "App"],
        2,
        "betrieb",
        [
            "Meldungen kamen per Telefon, Brief und E-Mail. Oft fehlte der genaue Ort, "
            "Rückmeldungen gab es keine.",
            "Eine Web-App nimmt Meldungen mit Foto und Karte an und leitet sie an die zuständige "
            "Stelle; Meldende sehen den Bearbeitungsstand.",
            "Rund 1.400 Meldungen im Jahr, 85 Prozent innerhalb von zwei Wochen erledigt.",
            "Eine Mängelmelder-Plattform, Tablets im Bauhof und klare Zuständigkeiten je "
            "Kategorie.",
            "Die Plattform ist ein gemietetes Produkt; die Einrichtung übernahm der Anbieter.",
            "12.000 Euro einmalig, 5.000 Euro jährlich.",
            "Zu viele Kategorien verwirren. Acht reichen.",
        ],
        (12_000, 5_000, 25),
        None,
        (date(2022, 3, 1), date(2022, 6, 30)),
        (5, "Sofort übertragbar, mehrere Anbieter haben das Produkt im Angebot."),
        None,
    ),
    _cs(
        "umweltsensoren-darmstadt",
        "Messnetz für Luft und Lärm",
        ["06411000"],
        "Darmstadt misst Feinstaub, Stickstoffdioxid und Lärm an 60 Stellen und zeigt die Werte "
        "live. Verkehrsplanung und Schulen nutzen die Daten.",
        ["nachhaltigkeit", "beteiligung"],
        ["Umweltsensoren", "Luftqualität", "Open Data", "LoRaWAN"],
        4,
        "betrieb",
        [
            "Die Stadt hatte zwei amtliche Messstationen; was in Wohnstraßen passierte, wusste "
            "niemand.",
            "Kostengünstige Sensoren ergänzen die Stationen; die Werte werden kalibriert und als "
            "offene Daten veröffentlicht.",
            "Temporeduzierungen wurden dort eingeführt, wo die Daten Belastungen zeigten. Drei "
            "Schulen nutzen die Daten im Unterricht.",
            "60 Sensoren, ein städtisches Funknetz, eine Datenplattform und die Hochschule zur "
            "Kalibrierung.",
            "Sensoren von zwei Herstellern, Kalibrierung durch die Hochschule, Betrieb durch die "
            "Stadtwerke.",
            "160.000 Euro Investition, 25.000 Euro jährlich.",
            "Günstige Sensoren driften; ohne regelmäßigen Abgleich mit den amtlichen Stationen "
            "sind die Werte wertlos.",
        ],
        (160_000, 25_000, 140),
        "Projektförderung der Deutschen Bundesstiftung Umwelt (DBU)",
        (date(2020, 9, 1), date(2022, 2, 28)),
        (3, "Übertragbar mit einem Partner für die Kalibrierung."),
        None,
    ),
    _cs(
        "e-recruiting-personalakte-magdeburg",
        "Bewerbung und Personalakte digital",
        ["15003000"],
        "Magdeburg besetzt Stellen über ein Bewerbungsportal und führt Personalakten "
        "elektronisch. Führungskräfte wurden in einem Qualifizierungsprogramm mitgenommen.",
        ["organisation"],
        ["Personal", "E-Recruiting", "Personalakte", "Qualifizierung"],
        3,
        "betrieb",
        [
            "Bewerbungsverfahren dauerten im Schnitt vier Monate; gute Bewerbende sprangen ab.",
            "Bewerbungen kommen über ein Portal, Auswahlgremien bewerten online, die "
            "Personalakte entsteht mit der Einstellung digital.",
            "Die Besetzungsdauer sank auf sieben Wochen, Papier in der Personalabteilung um "
            "80 Prozent.",
            "Ein Bewerbermanagementsystem, die E-Personalakte, der Personalrat und ein "
            "Schulungsprogramm für 300 Führungskräfte.",
            "Software über eine Ausschreibung; Schulungen mit einem Bildungsträger.",
            "230.000 Euro einschließlich Schulungen, 38.000 Euro jährlich.",
            "Die Technik war in drei Monaten eingeführt, die neue Arbeitsweise der Gremien "
            "brauchte ein Jahr.",
        ],
        (230_000, 38_000, 200),
        "Europäischer Sozialfonds Plus (ESF Plus)",
        (date(2022, 2, 1), date(2023, 7, 31)),
        (4, "Produkte sind am Markt verfügbar; das Schulungskonzept ist übertragbar."),
        None,
    ),
    _cs(
        "rufbus-stahnsdorf-kleinmachnow",
        "Rufbus für die Randzeiten",
        ["12069604", "12069304"],
        "Stahnsdorf und Kleinmachnow planen gemeinsam einen Rufbus, der abends und am Wochenende "
        "per App bestellt wird. Die Machbarkeitsstudie liegt vor.",
        ["mobilitaet"],
        ["On-Demand-Verkehr", "ÖPNV", "Interkommunale Zusammenarbeit"],
        2,
        "idee",
        [
            "Abends fahren die Busse nur stündlich; wer kein Auto hat, bleibt zu Hause.",
            "Ein Rufbus fährt ohne festen Fahrplan zwischen virtuellen Haltepunkten beider "
            "Gemeinden und zur S-Bahn.",
            "Die Studie erwartet 250 Fahrten pro Woche und eine bessere Anbindung älterer "
            "Menschen.",
            "Eine Buchungsplattform, Fahrzeuge des Verkehrsunternehmens und der Landkreis als "
            "Aufgabenträger.",
            "Die Machbarkeitsstudie erstellte ein Verkehrsplanungsbüro.",
            "Die Studie kostete 28.000 Euro; der Betrieb wird auf 190.000 Euro jährlich geschätzt.",
            "Den Aufgabenträger früh einbinden, denn ohne ihn gibt es keine Konzession.",
        ],
        (28_000, 190_000, 40),
        None,
        (date(2024, 6, 1), None),
        (3, "Übertragbar für Umlandgemeinden; die Finanzierung ist die Hürde."),
        None,
    ),
    _cs(
        "glasfaser-gewerbegebiet-beelitz",
        "Glasfaser für das Gewerbegebiet",
        ["12069017"],
        "Beelitz hat sein Gewerbegebiet mit Glasfaser erschlossen, nachdem kein Anbieter "
        "eigenwirtschaftlich ausbauen wollte. 38 Betriebe sind angeschlossen.",
        ["stadtplanung"],
        ["Breitband", "Glasfaser", "Wirtschaftsförderung"],
        2,
        "betrieb",
        [
            "Betriebe im Gewerbegebiet hatten höchstens 16 Mbit/s. Zwei Firmen drohten mit "
            "Abwanderung.",
            "Ein geförderter Ausbau bringt Glasfaser bis in jedes Gebäude; ein Netzbetreiber "
            "betreibt das Netz.",
            "38 Betriebe mit bis zu 1 Gbit/s; eine Firma hat ihren Standort erweitert.",
            "Eine Markterkundung, das Förderverfahren, die Wirtschaftsförderung als Kümmerin und "
            "der Breitbandkoordinator des Kreises.",
            "Planung durch ein Ingenieurbüro, Bau und Betrieb durch den ausgewählten "
            "Netzbetreiber.",
            "1,6 Millionen Euro, davon 90 Prozent aus Bundes- und Landesmitteln.",
            "Das Förderverfahren dauert länger als der Bau. Früh beginnen und den Kreis um Hilfe "
            "bitten.",
        ],
        (1_600_000, None, 160),
        "Gigabitförderung des Bundes",
        (date(2020, 2, 1), date(2023, 4, 30)),
        (4, "Das Verfahren ist standardisiert; Beratung bietet das Gigabitbüro des Bundes."),
        "lotse.kreis@demo.example",
    ),
    _cs(
        "digitales-dorfbuero-kloster-lehnin",
        "Digitales Dorfbüro in den Ortsteilen",
        ["12069306"],
        "Kloster Lehnin plant Sprechstunden per Video in Ortsteilbüros, damit ältere Menschen "
        "Anliegen ohne Fahrt ins Rathaus erledigen.",
        ["buergerdienste", "gesundheit"],
        ["ländlicher Raum", "Videoberatung", "Seniorinnen und Senioren"],
        1,
        "idee",
        [
            "Die Gemeinde hat 14 Ortsteile; der Bus ins Rathaus fährt zweimal am Tag.",
            "In drei Ortsteilen gibt es ein Terminal mit Video, Scanner und Drucker; "
            "Ehrenamtliche helfen bei der Bedienung.",
            "Erwartet werden kürzere Wege und weniger Fahrten; Ziel sind 20 Termine pro Woche.",
            "Videoberatung über eine datenschutzkonforme Plattform, Räume der Ortsbeiräte und "
            "ehrenamtliche Digitalbegleiter.",
            "Die Terminals sollen gemeinsam mit der Lokalen Aktionsgruppe beschafft werden.",
            "Geschätzt 35.000 Euro einmalig und 4.000 Euro jährlich.",
            "Noch offen: Die Ehrenamtlichen wollen geschult und begleitet werden.",
        ],
        (35_000, 4_000, None),
        "LEADER",
        (None, None),
        (4, "Einfach zu übertragen, wo es Ortsteilräume und Ehrenamt gibt."),
        "lotse.kreis@demo.example",
    ),
    _cs(
        "schul-wlan-medienentwicklungsplan-schwerin",
        "WLAN und Medienentwicklungsplan für 28 Schulen",
        ["13004000"],
        "Schwerin hat gemeinsam mit allen Schulen einen Medienentwicklungsplan geschrieben und "
        "danach jedes Klassenzimmer mit WLAN versorgt.",
        ["bildung"],
        ["Schule", "WLAN", "Medienentwicklungsplan"],
        2,
        "betrieb",
        [
            "Schulen hatten sehr unterschiedliche Ausstattung; Förderanträge scheiterten am "
            "fehlenden Plan.",
            "Ein Plan legt pro Schule Ausstattung, Fortbildung und Support fest; danach wird "
            "einheitlich ausgebaut.",
            "Alle 28 Schulen haben flächendeckend WLAN, Ausfälle werden zentral erkannt.",
            "Ein zentral verwaltetes WLAN, Strukturverkabelung und Medienbeauftragte an jeder "
            "Schule.",
            "Planung durch ein Fachbüro, Installation in drei Losen.",
            "2,3 Millionen Euro, überwiegend gefördert; 120.000 Euro jährlich für Betrieb.",
            "Die Verkabelung in Altbauten kostet mehr als geplant; Reserve einplanen.",
        ],
        (2_300_000, 120_000, 240),
        "DigitalPakt Schule",
        (date(2020, 8, 1), date(2023, 7, 31)),
        (4, "Das Vorgehen passt für jeden Schulträger."),
        None,
    ),
    _cs(
        "wohngeld-dokumentenerkennung-chemnitz",
        "Automatische Erkennung von Wohngeld-Nachweisen",
        ["14511000"],
        "Chemnitz liest Nachweise zum Wohngeld automatisch aus und übernimmt die Werte ins "
        "Fachverfahren. Sachbearbeiterinnen prüfen nur noch.",
        ["ki", "buergerdienste"],
        ["KI", "Dokumentenerkennung", "Wohngeld"],
        3,
        "pilot",
        [
            "Nach der Wohngeldreform verdreifachten sich die Anträge. Die Nachweise wurden von "
            "Hand erfasst.",
            "Eine Erkennungssoftware liest Lohnabrechnungen und Mietbescheinigungen aus, die "
            "Werte erscheinen zur Bestätigung im Fachverfahren.",
            "Im Pilot sank die Erfassungszeit pro Antrag von 25 auf 10 Minuten.",
            "Eine Texterkennung mit trainierten Dokumenttypen, eine Schnittstelle zum "
            "Fachverfahren und anonymisierte Musterdokumente.",
            "Software und Training von einem Anbieter; die Schnittstelle lieferte der "
            "Fachverfahrenshersteller.",
            "70.000 Euro im Pilot, erwartet 20.000 Euro jährlich.",
            "Handschriftliche Bescheinigungen erkennt die Software schlecht; dafür bleibt die "
            "manuelle Erfassung.",
        ],
        (70_000, 20_000, 80),
        None,
        (date(2023, 11, 1), None),
        (3, "Übertragbar, wenn das Fachverfahren eine Schnittstelle bietet."),
        None,
    ),
    _cs(
        "sirenen-warnapp-bad-oldesloe",
        "Sirenen zurück und Warnung aufs Handy",
        ["01062004"],
        "Bad Oldesloe hat wieder Sirenen aufgebaut und warnt zusätzlich über Cell Broadcast und "
        "Warn-Apps. Ein Warntag zeigte, wo noch Lücken sind.",
        ["sicherheit"],
        ["Bevölkerungsschutz", "Warnung", "Sirenen"],
        2,
        "betrieb",
        [
            "Die meisten Sirenen waren in den Neunzigern abgebaut worden. Beim Warntag hörte "
            "kaum jemand etwas.",
            "Elektronische Sirenen decken das Stadtgebiet ab, die Auslösung erfolgt über die "
            "Leitstelle zusammen mit den bundesweiten Warnkanälen.",
            "Beim letzten Warntag gaben 82 Prozent der Befragten an, gewarnt worden zu sein.",
            "Neun elektronische Sirenen, die Anbindung an das Warnsystem und eine Befragung "
            "nach dem Warntag.",
            "Sirenen und Montage über eine Ausschreibung; die Steuerung betreibt die "
            "Kreisleitstelle.",
            "210.000 Euro einmalig, 6.000 Euro jährlich für Wartung.",
            "Eine Schallausbreitungsberechnung vorab verhindert Lücken und zu viele Standorte.",
        ],
        (210_000, 6_000, 60),
        None,
        (date(2022, 4, 1), date(2023, 9, 14)),
        (5, "Übertragbar für jede Kommune; Standorte mit dem Kreis abstimmen."),
        None,
    ),
    _cs(
        "digitalstrategie-werkstatt-bad-belzig",
        "Werkstatt zur Digitalstrategie mit dem Stadtrat",
        ["12069020"],
        "Bad Belzig hat in drei Abendwerkstätten mit Stadtrat, Verwaltung und Vereinen die "
        "Ziele seiner Digitalisierung festgelegt. Daraus entstand ein Maßnahmenplan für fünf "
        "Jahre.",
        ["organisation", "beteiligung"],
        ["Digitalstrategie", "Stadtrat", "Workshop"],
        1,
        "betrieb",
        [
            "Digitalisierung galt als Aufgabe der IT. Der Stadtrat wusste nicht, wofür er Geld "
            "bereitstellen sollte.",
            "Gemeinsam erarbeitete Ziele und eine Liste priorisierter Projekte, die jährlich "
            "überprüft werden.",
            "Der Stadtrat hat Strategie und Budget einstimmig beschlossen; drei Projekte sind "
            "gestartet.",
            "Eine Moderatorin, Ergebnisse des kommunalen Digichecks und Beispiele aus "
            "Nachbarkommunen.",
            "Moderation durch eine Beraterin; die Digitallotsen des Kreises haben unterstützt.",
            "9.000 Euro für Moderation, kaum laufende Kosten.",
            "Beispiele aus vergleichbaren Kommunen überzeugen mehr als Studien.",
        ],
        (9_000, None, 20),
        None,
        (date(2023, 9, 1), date(2023, 11, 30)),
        (5, "Das Format braucht wenig Geld und passt zu jeder Kommune am Anfang."),
        "lotse.kreis@demo.example",
    ),
]
