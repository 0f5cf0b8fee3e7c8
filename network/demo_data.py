"""The demo network: real Kommunen, demo accounts and the legally required pages.

Data only; `manage.py seed_demo` writes it into the database. The AGS of every Kommune was
checked against the Gemeindeverzeichnis of the MietNEinV (BGBl. I 2021, S. 3739, Gebietsstand
25.01.2021). Populations are rounded recent figures, coordinates point at the town centre
(for Kreise at the middle of their area).
"""

from core.taxonomy import Phase

from .models import KommuneType, MembershipState, Role

LK = KommuneType.LANDKREIS
KFS = KommuneType.KREISFREIE_STADT
STADT = KommuneType.STADT
GEMEINDE = KommuneType.GEMEINDE

# (AGS, name, kind, AGS of the Kreis or None, population, phase, website, latitude, longitude,
# description). Kreise come before their Gemeinden.
KOMMUNEN = [
    # Brandenburg: the Landkreis Potsdam-Mittelmark with several of its Gemeinden
    (
        "12069000",
        "Landkreis Potsdam-Mittelmark",
        LK,
        None,
        221_000,
        Phase.STRATEGIE,
        "https://www.potsdam-mittelmark.de",
        "52.22000",
        "12.75000",
        "Flächenlandkreis südwestlich von Berlin mit der Kreisstadt Bad Belzig. Seine Gemeinden "
        "reichen vom dicht besiedelten Berliner Umland bis in den ländlichen Hohen Fläming.",
    ),
    (
        "12069656",
        "Werder (Havel)",
        STADT,
        "12069000",
        27_100,
        Phase.STRATEGIE,
        "https://www.werder-havel.de",
        "52.37860",
        "12.93390",
        "Stadt an der Havel westlich von Potsdam, bekannt für Obstanbau und das Baumblütenfest.",
    ),
    (
        "12069616",
        "Teltow",
        STADT,
        "12069000",
        27_700,
        Phase.WACHSTUM,
        "https://www.teltow.de",
        "52.40220",
        "13.27060",
        "Wachsende Stadt am südwestlichen Berliner Stadtrand mit vielen Gewerbestandorten.",
    ),
    (
        "12069304",
        "Kleinmachnow",
        GEMEINDE,
        "12069000",
        19_300,
        Phase.STRATEGIE,
        "https://www.kleinmachnow.de",
        "52.40750",
        "13.22560",
        "Gemeinde direkt an der Berliner Stadtgrenze, überwiegend vom Wohnen geprägt.",
    ),
    (
        "12069604",
        "Stahnsdorf",
        GEMEINDE,
        "12069000",
        16_500,
        Phase.START,
        "https://www.stahnsdorf.de",
        "52.38330",
        "13.21670",
        "Gemeinde südwestlich von Berlin, die in den vergangenen Jahren stark gewachsen ist.",
    ),
    (
        "12069397",
        "Michendorf",
        GEMEINDE,
        "12069000",
        13_700,
        Phase.START,
        "https://www.michendorf.de",
        "52.31330",
        "13.02690",
        "Gemeinde südlich von Potsdam mit mehreren Ortsteilen zwischen Wald und Seen.",
    ),
    (
        "12069017",
        "Beelitz",
        STADT,
        "12069000",
        13_900,
        Phase.START,
        "https://beelitz.de",
        "52.23810",
        "12.97060",
        "Stadt südlich von Potsdam, bekannt für den Spargelanbau und die Beelitzer Heilstätten.",
    ),
    (
        "12069020",
        "Bad Belzig",
        STADT,
        "12069000",
        11_100,
        Phase.ORIENTIERUNG,
        "https://www.bad-belzig.de",
        "52.14220",
        "12.59470",
        "Kreisstadt des Landkreises Potsdam-Mittelmark und Kurort im Naturpark Hoher Fläming.",
    ),
    (
        "12069306",
        "Kloster Lehnin",
        GEMEINDE,
        "12069000",
        11_000,
        Phase.ORIENTIERUNG,
        "https://www.klosterlehnin.de",
        "52.32060",
        "12.74110",
        "Gemeinde mit zahlreichen Ortsteilen rund um das gleichnamige Zisterzienserkloster.",
    ),
    (
        "12054000",
        "Potsdam",
        KFS,
        None,
        185_000,
        Phase.WACHSTUM,
        "https://www.potsdam.de",
        "52.39060",
        "13.06450",
        "Landeshauptstadt Brandenburgs, deren Schlösser und Gärten zum UNESCO-Welterbe gehören.",
    ),
    (
        "12051000",
        "Brandenburg an der Havel",
        KFS,
        None,
        73_900,
        Phase.START,
        "https://www.stadt-brandenburg.de",
        "52.41250",
        "12.53160",
        "Kreisfreie Stadt an der Havel mit historischer Altstadt und Dom.",
    ),
    (
        "12052000",
        "Cottbus/Chóśebuz",
        KFS,
        None,
        95_100,
        Phase.STRATEGIE,
        "https://www.cottbus.de",
        "51.75630",
        "14.33290",
        "Zweitgrößte Stadt Brandenburgs und Zentrum der Lausitz, zweisprachig deutsch und "
        "niedersorbisch.",
    ),
    # Schleswig-Holstein
    (
        "01003000",
        "Hansestadt Lübeck",
        KFS,
        None,
        218_000,
        Phase.STRATEGIE,
        "https://www.luebeck.de",
        "53.86550",
        "10.68660",
        "Hansestadt an der Trave, deren Altstadt zum UNESCO-Welterbe gehört.",
    ),
    (
        "01002000",
        "Kiel",
        KFS,
        None,
        247_000,
        Phase.WACHSTUM,
        "https://www.kiel.de",
        "54.32330",
        "10.12280",
        "Landeshauptstadt Schleswig-Holsteins an der Kieler Förde.",
    ),
    (
        "01001000",
        "Flensburg",
        KFS,
        None,
        92_000,
        Phase.START,
        "https://www.flensburg.de",
        "54.79370",
        "9.44700",
        "Nördlichste kreisfreie Stadt Deutschlands an der Flensburger Förde nahe der dänischen "
        "Grenze.",
    ),
    (
        "01062000",
        "Kreis Stormarn",
        LK,
        None,
        247_000,
        Phase.STRATEGIE,
        "https://www.kreis-stormarn.de",
        "53.71000",
        "10.31000",
        "Kreis nordöstlich von Hamburg mit der Kreisstadt Bad Oldesloe.",
    ),
    (
        "01062001",
        "Ahrensburg",
        STADT,
        "01062000",
        34_700,
        Phase.STRATEGIE,
        "https://www.ahrensburg.de",
        "53.67470",
        "10.24110",
        "Stadt im Hamburger Umland mit dem Schloss Ahrensburg.",
    ),
    (
        "01062004",
        "Bad Oldesloe",
        STADT,
        "01062000",
        25_700,
        Phase.START,
        "https://www.badoldesloe.de",
        "53.81170",
        "10.37420",
        "Kreisstadt des Kreises Stormarn an der Trave.",
    ),
    # Hamburg, Bremen, Berlin
    (
        "02000000",
        "Hamburg",
        KFS,
        None,
        1_860_000,
        Phase.WACHSTUM,
        "https://www.hamburg.de",
        "53.55110",
        "9.99370",
        "Stadtstaat und zweitgrößte Stadt Deutschlands mit einem der größten Häfen Europas.",
    ),
    (
        "04011000",
        "Bremen",
        KFS,
        None,
        570_000,
        Phase.STRATEGIE,
        "https://www.bremen.de",
        "53.07930",
        "8.80170",
        "Stadtgemeinde an der Weser, die mit Bremerhaven das Land Freie Hansestadt Bremen bildet.",
    ),
    (
        "11000000",
        "Berlin",
        KFS,
        None,
        3_700_000,
        Phase.WACHSTUM,
        "https://www.berlin.de",
        "52.52000",
        "13.40500",
        "Bundeshauptstadt und Stadtstaat mit zwölf Bezirken.",
    ),
    # Niedersachsen
    (
        "03241000",
        "Region Hannover",
        LK,
        None,
        1_170_000,
        Phase.STRATEGIE,
        "https://www.hannover.de",
        "52.40000",
        "9.73000",
        "Kommunaler Zusammenschluss der Landeshauptstadt Hannover mit 20 umliegenden Städten und "
        "Gemeinden.",
    ),
    (
        "03241001",
        "Hannover",
        STADT,
        "03241000",
        535_000,
        Phase.WACHSTUM,
        "https://www.hannover.de",
        "52.37590",
        "9.73200",
        "Landeshauptstadt Niedersachsens und größte Kommune der Region Hannover.",
    ),
    (
        "03101000",
        "Braunschweig",
        KFS,
        None,
        250_000,
        Phase.STRATEGIE,
        "https://www.braunschweig.de",
        "52.26890",
        "10.52680",
        "Zweitgrößte Stadt Niedersachsens und Forschungsstandort mit Technischer Universität.",
    ),
    (
        "03404000",
        "Osnabrück",
        KFS,
        None,
        166_000,
        Phase.START,
        "https://www.osnabrueck.de",
        "52.27990",
        "8.04720",
        "Friedensstadt im Südwesten Niedersachsens mit Universität und Hochschule.",
    ),
    (
        "03403000",
        "Oldenburg (Oldb)",
        KFS,
        None,
        170_000,
        Phase.STRATEGIE,
        "https://www.oldenburg.de",
        "53.14350",
        "8.21460",
        "Universitätsstadt im Nordwesten Niedersachsens.",
    ),
    # Nordrhein-Westfalen
    (
        "05315000",
        "Köln",
        KFS,
        None,
        1_040_000,
        Phase.WACHSTUM,
        "https://www.stadt-koeln.de",
        "50.93750",
        "6.96030",
        "Größte Stadt Nordrhein-Westfalens am Rhein.",
    ),
    (
        "05515000",
        "Münster",
        KFS,
        None,
        320_000,
        Phase.WACHSTUM,
        "https://www.stadt-muenster.de",
        "51.96070",
        "7.62610",
        "Universitäts- und Fahrradstadt im Münsterland.",
    ),
    (
        "05711000",
        "Bielefeld",
        KFS,
        None,
        334_000,
        Phase.STRATEGIE,
        "https://www.bielefeld.de",
        "52.03020",
        "8.53250",
        "Größte Stadt Ostwestfalen-Lippes am Teutoburger Wald.",
    ),
    (
        "05913000",
        "Dortmund",
        KFS,
        None,
        595_000,
        Phase.WACHSTUM,
        "https://www.dortmund.de",
        "51.51360",
        "7.46530",
        "Größte Stadt des Ruhrgebiets im Wandel von Kohle und Stahl zu Technologie und "
        "Dienstleistung.",
    ),
    # Hessen
    (
        "06414000",
        "Wiesbaden",
        KFS,
        None,
        283_000,
        Phase.STRATEGIE,
        "https://www.wiesbaden.de",
        "50.07820",
        "8.23980",
        "Landeshauptstadt Hessens mit zahlreichen Thermalquellen.",
    ),
    (
        "06611000",
        "Kassel",
        KFS,
        None,
        203_000,
        Phase.START,
        "https://www.kassel.de",
        "51.31270",
        "9.47970",
        "Stadt in Nordhessen und Austragungsort der documenta.",
    ),
    (
        "06411000",
        "Darmstadt",
        KFS,
        None,
        162_000,
        Phase.WACHSTUM,
        "https://www.darmstadt.de",
        "49.87280",
        "8.65120",
        "Wissenschaftsstadt in Südhessen mit Technischer Universität.",
    ),
    # Rheinland-Pfalz
    (
        "07315000",
        "Mainz",
        KFS,
        None,
        220_000,
        Phase.STRATEGIE,
        "https://www.mainz.de",
        "49.99290",
        "8.24730",
        "Landeshauptstadt von Rheinland-Pfalz am Zusammenfluss von Rhein und Main.",
    ),
    # Baden-Württemberg
    (
        "08111000",
        "Stuttgart",
        KFS,
        None,
        613_000,
        Phase.WACHSTUM,
        "https://www.stuttgart.de",
        "48.77580",
        "9.18290",
        "Landeshauptstadt Baden-Württembergs und Zentrum einer großen Industrieregion.",
    ),
    (
        "08311000",
        "Freiburg im Breisgau",
        KFS,
        None,
        237_000,
        Phase.STRATEGIE,
        "https://www.freiburg.de",
        "47.99900",
        "7.84210",
        "Universitätsstadt am Rand des Schwarzwalds mit Schwerpunkt auf Umwelt- und Klimaschutz.",
    ),
    (
        "08421000",
        "Ulm",
        KFS,
        None,
        128_000,
        Phase.STRATEGIE,
        "https://www.ulm.de",
        "48.40110",
        "9.98760",
        "Stadt an der Donau an der Grenze zu Bayern, bekannt für das Ulmer Münster.",
    ),
    (
        "08115000",
        "Landkreis Böblingen",
        LK,
        None,
        395_000,
        Phase.STRATEGIE,
        "https://www.lrabb.de",
        "48.65000",
        "8.95000",
        "Landkreis südwestlich von Stuttgart mit starker Industrie- und Technologiebranche.",
    ),
    (
        "08115003",
        "Böblingen",
        STADT,
        "08115000",
        51_000,
        Phase.START,
        "https://www.boeblingen.de",
        "48.68330",
        "9.01670",
        "Große Kreisstadt und Sitz des gleichnamigen Landkreises.",
    ),
    (
        "08136000",
        "Ostalbkreis",
        LK,
        None,
        318_000,
        Phase.START,
        "https://www.ostalbkreis.de",
        "48.85000",
        "10.10000",
        "Landkreis im Osten Baden-Württembergs mit dem Landratsamt in Aalen.",
    ),
    (
        "08136088",
        "Aalen",
        STADT,
        "08136000",
        68_000,
        Phase.STRATEGIE,
        "https://www.aalen.de",
        "48.83780",
        "10.09330",
        "Große Kreisstadt am Rand der Schwäbischen Alb und Sitz des Ostalbkreises.",
    ),
    # Bayern
    (
        "09162000",
        "München",
        KFS,
        None,
        1_510_000,
        Phase.WACHSTUM,
        "https://stadt.muenchen.de",
        "48.13720",
        "11.57550",
        "Landeshauptstadt Bayerns und drittgrößte Stadt Deutschlands.",
    ),
    (
        "09564000",
        "Nürnberg",
        KFS,
        None,
        526_000,
        Phase.STRATEGIE,
        "https://www.nuernberg.de",
        "49.45210",
        "11.07670",
        "Zweitgrößte Stadt Bayerns und Zentrum der Metropolregion Nürnberg.",
    ),
    (
        "09362000",
        "Regensburg",
        KFS,
        None,
        157_000,
        Phase.START,
        "https://www.regensburg.de",
        "49.01340",
        "12.10160",
        "Stadt an der Donau, deren Altstadt mit Stadtamhof zum UNESCO-Welterbe gehört.",
    ),
    (
        "09663000",
        "Würzburg",
        KFS,
        None,
        127_000,
        Phase.ORIENTIERUNG,
        "https://www.wuerzburg.de",
        "49.79130",
        "9.95340",
        "Universitätsstadt am Main, deren Residenz zum UNESCO-Welterbe gehört.",
    ),
    # Saarland
    (
        "10041000",
        "Regionalverband Saarbrücken",
        LK,
        None,
        330_000,
        Phase.START,
        "https://www.regionalverband-saarbruecken.de",
        "49.25000",
        "6.95000",
        "Kommunalverband aus zehn Städten und Gemeinden rund um die Landeshauptstadt Saarbrücken.",
    ),
    (
        "10041100",
        "Saarbrücken",
        STADT,
        "10041000",
        180_000,
        Phase.STRATEGIE,
        "https://www.saarbruecken.de",
        "49.24020",
        "6.99690",
        "Landeshauptstadt des Saarlandes an der Saar nahe der französischen Grenze.",
    ),
    (
        "10041519",
        "Völklingen",
        STADT,
        "10041000",
        40_000,
        Phase.ORIENTIERUNG,
        "https://www.voelklingen.de",
        "49.25030",
        "6.85860",
        "Stadt an der Saar, bekannt durch das Weltkulturerbe Völklinger Hütte.",
    ),
    # Mecklenburg-Vorpommern
    (
        "13003000",
        "Rostock",
        KFS,
        None,
        209_000,
        Phase.STRATEGIE,
        "https://www.rostock.de",
        "54.09240",
        "12.09910",
        "Größte Stadt Mecklenburg-Vorpommerns mit Seehafen und Universität.",
    ),
    (
        "13004000",
        "Schwerin",
        KFS,
        None,
        96_000,
        Phase.START,
        "https://www.schwerin.de",
        "53.63550",
        "11.40120",
        "Landeshauptstadt Mecklenburg-Vorpommerns mit dem Schweriner Schloss.",
    ),
    # Sachsen
    (
        "14713000",
        "Leipzig",
        KFS,
        None,
        620_000,
        Phase.WACHSTUM,
        "https://www.leipzig.de",
        "51.33970",
        "12.37310",
        "Größte Stadt Sachsens und bedeutender Messe- und Logistikstandort.",
    ),
    (
        "14612000",
        "Dresden",
        KFS,
        None,
        565_000,
        Phase.WACHSTUM,
        "https://www.dresden.de",
        "51.05040",
        "13.73730",
        "Landeshauptstadt Sachsens an der Elbe.",
    ),
    (
        "14511000",
        "Chemnitz",
        KFS,
        None,
        248_000,
        Phase.STRATEGIE,
        "https://www.chemnitz.de",
        "50.82780",
        "12.92140",
        "Drittgrößte Stadt Sachsens mit industrieller Tradition und Kulturhauptstadt Europas 2025.",
    ),
    (
        "14625000",
        "Landkreis Bautzen",
        LK,
        None,
        296_000,
        Phase.START,
        "https://www.landkreis-bautzen.de",
        "51.25000",
        "14.25000",
        "Landkreis in der Oberlausitz mit deutscher und sorbischer Kultur.",
    ),
    (
        "14625020",
        "Bautzen/Budyšin",
        STADT,
        "14625000",
        38_000,
        Phase.ORIENTIERUNG,
        "https://www.bautzen.de",
        "51.18140",
        "14.42420",
        "Große Kreisstadt an der Spree und kulturelles Zentrum der Sorben.",
    ),
    # Sachsen-Anhalt
    (
        "15003000",
        "Magdeburg",
        KFS,
        None,
        240_000,
        Phase.STRATEGIE,
        "https://www.magdeburg.de",
        "52.12050",
        "11.62760",
        "Landeshauptstadt Sachsen-Anhalts an der Elbe.",
    ),
    (
        "15002000",
        "Halle (Saale)",
        KFS,
        None,
        238_000,
        Phase.START,
        "https://www.halle.de",
        "51.48250",
        "11.96970",
        "Universitätsstadt an der Saale mit den Franckeschen Stiftungen.",
    ),
    (
        "15091000",
        "Landkreis Wittenberg",
        LK,
        None,
        123_000,
        Phase.ORIENTIERUNG,
        "https://www.landkreis-wittenberg.de",
        "51.82000",
        "12.75000",
        "Landkreis im Osten Sachsen-Anhalts mit der Kreisstadt Lutherstadt Wittenberg.",
    ),
    (
        "15091375",
        "Lutherstadt Wittenberg",
        STADT,
        "15091000",
        44_000,
        Phase.START,
        "https://www.wittenberg.de",
        "51.86640",
        "12.64970",
        "Stadt an der Elbe, deren Luthergedenkstätten zum UNESCO-Welterbe gehören.",
    ),
    # Thüringen
    (
        "16051000",
        "Erfurt",
        KFS,
        None,
        214_000,
        Phase.STRATEGIE,
        "https://www.erfurt.de",
        "50.97870",
        "11.03280",
        "Landeshauptstadt Thüringens mit mittelalterlicher Altstadt.",
    ),
    (
        "16053000",
        "Jena",
        KFS,
        None,
        110_000,
        Phase.WACHSTUM,
        "https://www.jena.de",
        "50.92720",
        "11.58920",
        "Universitätsstadt an der Saale mit Schwerpunkt auf Optik und Photonik.",
    ),
    (
        "16052000",
        "Gera",
        KFS,
        None,
        93_000,
        Phase.ORIENTIERUNG,
        "https://www.gera.de",
        "50.88060",
        "12.08330",
        "Drittgrößte Stadt Thüringens im Osten des Landes.",
    ),
    (
        "16055000",
        "Weimar",
        KFS,
        None,
        65_000,
        Phase.START,
        "https://stadt.weimar.de",
        "50.97950",
        "11.32350",
        "Kulturstadt mit den Stätten der Weimarer Klassik und des Bauhauses.",
    ),
]

# One password for every demo account. Demo accounts exist only where the settings allow them
# (DEMO_USERS_ALLOWED: development and tests), so this password is no secret.
DEMO_PASSWORD = "Demo-Kommune-2026!"

# Memberships are (AGS, role, state); the first one is the person's primary membership.
DEMO_USERS = [
    {
        "email": "mitglied@demo.example",
        "first_name": "Jana",
        "last_name": "Schulz",
        "job_title": "Sachbearbeiterin Bürgerbüro",
        "groups": [],
        "memberships": [("12069656", Role.MITGLIED, MembershipState.CONFIRMED)],
    },
    {
        "email": "lotse@demo.example",
        "first_name": "Tobias",
        "last_name": "Krüger",
        "job_title": "Digitallotse im Hauptamt",
        "groups": [],
        "memberships": [("12069656", Role.DIGITALLOTSE, MembershipState.CONFIRMED)],
    },
    {
        "email": "admin.werder@demo.example",
        "first_name": "Sabine",
        "last_name": "Lehmann",
        "job_title": "Leiterin Hauptamt",
        "groups": [],
        "memberships": [("12069656", Role.ADMIN, MembershipState.CONFIRMED)],
    },
    {
        "email": "admin.luebeck@demo.example",
        "first_name": "Jens",
        "last_name": "Petersen",
        "job_title": "Leiter Bereich Digitalisierung",
        "groups": [],
        "memberships": [("01003000", Role.ADMIN, MembershipState.CONFIRMED)],
    },
    {
        "email": "redaktion@demo.example",
        "first_name": "Clara",
        "last_name": "Weber",
        "job_title": "Redakteurin der Geschäftsstelle",
        "groups": ["Redaktion"],
        "memberships": [],
    },
    {
        "email": "koordination@demo.example",
        "first_name": "Martin",
        "last_name": "Becker",
        "job_title": "Netzwerkkoordinator",
        "groups": ["Netzwerkkoordination"],
        "memberships": [],
    },
    {
        "email": "lotsin.teltow@demo.example",
        "first_name": "Aylin",
        "last_name": "Demir",
        "job_title": "Digitallotsin im Bürgerservice",
        "groups": [],
        "memberships": [("12069616", Role.DIGITALLOTSE, MembershipState.CONFIRMED)],
    },
    {
        "email": "lotsin.luebeck@demo.example",
        "first_name": "Friederike",
        "last_name": "Hansen",
        "job_title": "Digitallotsin, Stabsstelle Digitalisierung",
        "groups": [],
        "memberships": [("01003000", Role.DIGITALLOTSE, MembershipState.CONFIRMED)],
    },
    {
        "email": "lotse.leipzig@demo.example",
        "first_name": "Marek",
        "last_name": "Nowak",
        "job_title": "Digitallotse im Organisationsamt",
        "groups": [],
        "memberships": [("14713000", Role.DIGITALLOTSE, MembershipState.CONFIRMED)],
    },
    {
        # A person of the Kreisverwaltung who also works for one of the Kreis's Gemeinden.
        "email": "lotse.kreis@demo.example",
        "first_name": "Henrik",
        "last_name": "Schmidt",
        "job_title": "Digitallotse der Kreisverwaltung",
        "groups": [],
        "memberships": [
            ("12069000", Role.DIGITALLOTSE, MembershipState.CONFIRMED),
            ("12069017", Role.MITGLIED, MembershipState.CONFIRMED),
        ],
    },
    {
        # The open request the Kommunen-Admin of Werder (Havel) can decide on.
        "email": "anfrage@demo.example",
        "first_name": "Paul",
        "last_name": "Neumann",
        "job_title": "Sachbearbeiter Ordnungsamt",
        "groups": [],
        "memberships": [("12069656", Role.MITGLIED, MembershipState.REQUESTED)],
    },
]

# The Geschäftsstelle below is fictitious; the pages say so in a notice until an editor
# replaces the text with the operator's real details.
_ANBIETER_HTML = (
    "<p>Geschäftsstelle Netzwerk Digitale Kommune<br/>"
    "Beispielstraße 1<br/>"
    "10115 Berlin</p>"
    "<p>Telefon: 030 23125 000<br/>"
    'E-Mail: <a href="mailto:kontakt@netzwerk-digitale-kommune.example">'
    "kontakt@netzwerk-digitale-kommune.example</a></p>"
)
_MUSTERTEXT = (
    "callout",
    {
        "kind": "warning",
        "title": "Mustertext der Demo-Installation",
        "text": "<p>Die Geschäftsstelle und ihre Kontaktdaten sind erfunden. Vor dem Betrieb "
        "ersetzt die Redaktion diesen Text durch die Angaben des tatsächlichen Anbieters und "
        "lässt ihn rechtlich prüfen.</p>",
    },
)


# StandardPages below the home page: (slug, title, introduction, body).
CONTENT_PAGES = [
    (
        "impressum",
        "Impressum",
        "<p>Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Absatz 2 "
        "Medienstaatsvertrag (MStV).</p>",
        [
            _MUSTERTEXT,
            ("heading", {"text": "Anbieter", "level": "h2"}),
            ("paragraph", _ANBIETER_HTML),
            ("heading", {"text": "Träger und Vertretung", "level": "h2"}),
            (
                "paragraph",
                "<p>Träger der Geschäftsstelle ist der Netzwerk Digitale Kommune e. V., "
                "eingetragen im Vereinsregister des Amtsgerichts Charlottenburg unter "
                "VR 00000 B. Der Verein wird vertreten durch seinen Vorstand.</p>"
                "<p>Leitung der Geschäftsstelle: Dr. Erika Mustermann</p>",
            ),
            (
                "heading",
                {"text": "Verantwortlich für den Inhalt nach § 18 Absatz 2 MStV", "level": "h2"},
            ),
            ("paragraph", "<p>Dr. Erika Mustermann, Anschrift wie oben.</p>"),
            ("heading", {"text": "Inhalte der Kommunen", "level": "h2"}),
            (
                "paragraph",
                "<p>Profile, Praxisbeispiele und Vorhaben stellen die Kommunen selbst in das "
                "Portal ein. Für deren Inhalt ist die jeweilige Kommune verantwortlich. "
                "Hinweise auf fehlerhafte Inhalte nehmen wir gern unter der oben genannten "
                "Adresse entgegen und leiten sie weiter.</p>",
            ),
            ("heading", {"text": "Links auf andere Websites", "level": "h2"}),
            (
                "paragraph",
                "<p>Für die Inhalte verlinkter Websites sind ausschließlich deren Betreiber "
                "verantwortlich. Werden uns rechtswidrige Inhalte bekannt, entfernen wir den "
                "Link.</p>",
            ),
        ],
    ),
    (
        "datenschutz",
        "Datenschutz",
        "<p>Wir verarbeiten personenbezogene Daten nur, soweit es für den Betrieb des Portals "
        "erforderlich ist. Hier lesen Sie, welche Daten wir wofür verarbeiten und welche "
        "Rechte Sie nach der Datenschutz-Grundverordnung (DSGVO) haben.</p>",
        [
            _MUSTERTEXT,
            ("heading", {"text": "Verantwortliche Stelle", "level": "h2"}),
            ("paragraph", _ANBIETER_HTML),
            (
                "paragraph",
                "<p>Die oder den Datenschutzbeauftragten erreichen Sie unter "
                '<a href="mailto:datenschutz@netzwerk-digitale-kommune.example">'
                "datenschutz@netzwerk-digitale-kommune.example</a>.</p>",
            ),
            ("heading", {"text": "Zwecke und Rechtsgrundlagen", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li><b>Aufruf der Website:</b> Der Server verarbeitet IP-Adresse, Zeitpunkt, "
                "aufgerufene Adresse und Browserkennung, um die Seiten auszuliefern und Angriffe "
                "abzuwehren. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes "
                "Interesse ist ein sicherer Betrieb. Die Protokolle werden nach sieben Tagen "
                "gelöscht.</li>"
                "<li><b>Benutzerkonto:</b> Für Registrierung und Anmeldung verarbeiten wir "
                "E-Mail-Adresse, Name, Funktion, Ihre Kommune und Ihre Rolle dort. "
                "Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO (Nutzungsverhältnis).</li>"
                "<li><b>Mitwirkung im Netzwerk:</b> Beiträge in Arbeitsgruppen, "
                "Mentoring-Anfragen, Lernfortschritt und Zertifikate verarbeiten wir, um diese "
                "Funktionen bereitzustellen (Art. 6 Abs. 1 lit. b DSGVO).</li>"
                "<li><b>Benachrichtigungen:</b> E-Mails über Anfragen und Entscheidungen, die "
                "Sie betreffen, versenden wir nach Art. 6 Abs. 1 lit. b DSGVO.</li>"
                "<li><b>Zwei-Faktor-Anmeldung:</b> Für Redaktion und Netzwerkkoordination "
                "speichern wir den Schlüssel des Authentifizierungsverfahrens, um ihre Konten "
                "besonders zu schützen (Art. 6 Abs. 1 lit. f und Art. 32 DSGVO).</li>"
                "</ul>",
            ),
            ("heading", {"text": "Cookies", "level": "h2"}),
            (
                "paragraph",
                "<p>Das Portal setzt nur technisch notwendige Cookies:</p>"
                "<ul>"
                "<li>ein Sitzungscookie, das Sie nach der Anmeldung angemeldet hält,</li>"
                "<li>ein Sicherheitscookie, das Formulare vor Fälschungen von fremden Websites "
                "schützt (CSRF-Schutz),</li>"
                "<li>ein Sprachcookie, wenn Sie die Sprache des Portals wechseln.</li>"
                "</ul>"
                "<p>Rechtsgrundlage ist § 25 Abs. 2 Nr. 2 "
                "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG) in Verbindung mit "
                "Art. 6 Abs. 1 lit. f DSGVO. Wir verwenden keine Analyse- oder Trackingdienste "
                "und binden keine Inhalte fremder Server ein; Schriften und Skripte liefert das "
                "Portal selbst aus.</p>",
            ),
            ("heading", {"text": "Empfänger", "level": "h2"}),
            (
                "paragraph",
                "<p>Das Portal wird in einem Rechenzentrum in Deutschland betrieben. Der "
                "Dienstleister verarbeitet Daten nur in unserem Auftrag nach Art. 28 DSGVO. "
                "Eine Übermittlung in Drittländer findet nicht statt. Andere Mitglieder sehen "
                "nur, was Sie im Netzwerk selbst veröffentlichen.</p>",
            ),
            ("heading", {"text": "Speicherdauer", "level": "h2"}),
            (
                "paragraph",
                "<p>Kontodaten speichern wir, bis Sie Ihr Konto löschen. Beim Löschen werden "
                "Ihre Beiträge in Arbeitsgruppen anonymisiert, damit Diskussionen für die "
                "anderen verständlich bleiben; Ihr Name wird dabei entfernt.</p>",
            ),
            ("heading", {"text": "Ihre Rechte", "level": "h2"}),
            (
                "paragraph",
                "<p>Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), "
                "Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), "
                "Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21). Eine Einwilligung "
                "können Sie jederzeit für die Zukunft widerrufen (Art. 7 Abs. 3). Ihre Daten "
                "können Sie in Ihrem Konto selbst exportieren und Ihr Konto dort löschen.</p>",
            ),
            ("heading", {"text": "Beschwerderecht", "level": "h2"}),
            (
                "paragraph",
                "<p>Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren "
                "(Art. 77 DSGVO). Für uns zuständig ist die Berliner Beauftragte für "
                "Datenschutz und Informationsfreiheit, Alt-Moabit 59–61, 10555 Berlin, "
                '<a href="https://www.datenschutz-berlin.de">www.datenschutz-berlin.de</a>.</p>',
            ),
        ],
    ),
    (
        "barrierefreiheit",
        "Erklärung zur Barrierefreiheit",
        "<p>Die Geschäftsstelle Netzwerk Digitale Kommune ist bemüht, ihr Portal im Einklang "
        "mit dem Behindertengleichstellungsgesetz (BGG) und der "
        "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu "
        "machen.</p>",
        [
            _MUSTERTEXT,
            ("heading", {"text": "Stand der Vereinbarkeit mit den Anforderungen", "level": "h2"}),
            (
                "paragraph",
                "<p>Das Portal ist wegen der folgenden Einschränkungen <b>teilweise</b> mit der "
                "BITV 2.0 vereinbar. Grundlage ist eine Selbstbewertung nach den Kriterien der "
                "WCAG 2.1 auf Stufe AA (EN 301 549).</p>",
            ),
            ("heading", {"text": "Nicht barrierefreie Inhalte", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Von Kommunen hochgeladene PDF-Dokumente sind nicht in jedem Fall "
                "barrierefrei. Auf Anfrage stellen wir die Inhalte in zugänglicher Form "
                "bereit.</li>"
                "<li>Nicht alle Lernvideos haben bereits Untertitel und Audiodeskription. Wir "
                "ergänzen sie nach und nach.</li>"
                "<li>Informationen in Deutscher Gebärdensprache fehlen noch.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Erstellung dieser Erklärung", "level": "h2"}),
            (
                "paragraph",
                "<p>Diese Erklärung wurde im November 2026 auf Grundlage einer Selbstbewertung "
                "erstellt. Sie wird jährlich und nach jeder größeren Änderung des Portals "
                "überprüft.</p>",
            ),
            (
                "heading",
                {
                    "text": "Barrieren melden: Kontakt zu den Feedback-Ansprechpartnern",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                "<p>Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Schreiben Sie uns "
                'an <a href="mailto:barrierefreiheit@netzwerk-digitale-kommune.example">'
                "barrierefreiheit@netzwerk-digitale-kommune.example</a> oder rufen Sie uns an "
                "unter 030 23125 000. Wir antworten innerhalb von zwei Wochen.</p>",
            ),
            ("heading", {"text": "Schlichtungsverfahren", "level": "h2"}),
            (
                "paragraph",
                "<p>Wenn auch nach Ihrem Feedback keine zufriedenstellende Lösung gefunden "
                "wurde, können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden. Sie "
                "unterstützt dabei, Konflikte zur Barrierefreiheit außergerichtlich zu lösen; "
                "das Verfahren ist kostenlos und ohne Rechtsbeistand möglich.</p>"
                "<p>Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem "
                "Beauftragten der Bundesregierung für die Belange von Menschen mit "
                "Behinderungen<br/>Mauerstraße 53<br/>10117 Berlin<br/>"
                '<a href="https://www.schlichtungsstelle-bgg.de">'
                "www.schlichtungsstelle-bgg.de</a></p>",
            ),
        ],
    ),
    (
        "leichte-sprache",
        "Leichte Sprache",
        "<p>Hier erklären wir das Portal in Leichter Sprache.</p>",
        [
            ("heading", {"text": "Was ist das Netzwerk Digitale Kommune?", "level": "h2"}),
            (
                "paragraph",
                "<p>Eine Kommune ist eine Stadt, eine Gemeinde oder ein Land·kreis.</p>"
                "<p>Viele Kommunen wollen digital werden.<br/>"
                "Das heißt zum Beispiel:<br/>"
                "Menschen können einen Antrag im Internet stellen.<br/>"
                "Sie müssen dafür nicht ins Rat·haus gehen.</p>"
                "<p>Das ist viel Arbeit für die Kommunen.<br/>"
                "Darum helfen sich die Kommunen gegenseitig.<br/>"
                "Dafür gibt es dieses Portal.</p>",
            ),
            ("heading", {"text": "Was kann man hier machen?", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Beispiele lesen:<br/>Was haben andere Kommunen schon gemacht?</li>"
                "<li>Lernen:<br/>Es gibt Kurse im Internet.</li>"
                "<li>Hilfe bekommen:<br/>Digital·lotsen sind Fach·leute in den Kommunen. "
                "Sie helfen anderen Kommunen.</li>"
                "<li>Zusammen arbeiten:<br/>Kommunen finden Partner für die gleiche Aufgabe.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Wer kann mitmachen?", "level": "h2"}),
            (
                "paragraph",
                "<p>Alle Menschen können die Beispiele lesen.</p>"
                "<p>Mitarbeiter und Mitarbeiterinnen von Kommunen können ein Konto machen.<br/>"
                "Dann können sie auch Kurse machen und mit anderen schreiben.</p>",
            ),
            ("heading", {"text": "Wo finde ich was?", "level": "h2"}),
            (
                "paragraph",
                "<p>Oben auf jeder Seite ist das Menü.<br/>"
                "Ganz unten auf jeder Seite finden Sie:</p>"
                "<ul>"
                "<li>das Impressum: Wer macht dieses Portal?</li>"
                "<li>den Daten·schutz: Was passiert mit Ihren Daten?</li>"
                "<li>die Barriere·freiheit: Wo gibt es noch Probleme beim Benutzen?</li>"
                "</ul>",
            ),
            ("heading", {"text": "Haben Sie Fragen?", "level": "h2"}),
            (
                "paragraph",
                "<p>Schreiben Sie uns eine E-Mail:<br/>"
                '<a href="mailto:kontakt@netzwerk-digitale-kommune.example">'
                "kontakt@netzwerk-digitale-kommune.example</a></p>",
            ),
        ],
    ),
]

# Which of the pages above the footer links to (FooterLinks field -> slug).
FOOTER_LINKS = {
    "impressum": "impressum",
    "privacy": "datenschutz",
    "accessibility": "barrierefreiheit",
    "easy_language": "leichte-sprache",
}

# --- The national scale: synthetic Kommunen for load tests --------------------------------

# Real numbers per Flächenland: (Kreise incl. kreisfreie Städte, Gemeinden). The city states
# are single Kommunen and already part of KOMMUNEN above.
NATIONAL_LAND_SHARES = {
    "01": (15, 1_104),
    "03": (45, 941),
    "05": (53, 396),
    "06": (26, 421),
    "07": (36, 2_301),
    "08": (44, 1_101),
    "09": (96, 2_056),
    "10": (6, 52),
    "12": (18, 413),
    "13": (8, 726),
    "14": (13, 418),
    "15": (14, 218),
    "16": (22, 605),
}
# About a quarter of the Kreise are kreisfreie Städte (106 of 400).
NATIONAL_SHARE_KREISFREIE_STAEDTE = 0.26
NATIONAL_KREISE_PER_KOMMUNEN = 400 / 10_800

# Rough bounding boxes (south, north, west, east) that keep synthetic places inside their Land.
LAND_BOUNDS = {
    "01": (53.4, 54.9, 8.3, 11.3),
    "03": (51.4, 53.8, 6.7, 11.5),
    "05": (50.4, 52.5, 5.9, 9.4),
    "06": (49.4, 51.6, 7.8, 10.2),
    "07": (49.0, 50.9, 6.2, 8.5),
    "08": (47.6, 49.7, 7.6, 10.4),
    "09": (47.3, 50.5, 9.0, 13.8),
    "10": (49.1, 49.6, 6.4, 7.4),
    "12": (51.4, 53.5, 11.3, 14.7),
    "13": (53.1, 54.6, 10.6, 14.4),
    "14": (50.2, 51.6, 11.9, 15.0),
    "15": (51.0, 53.0, 10.6, 13.2),
    "16": (50.2, 51.6, 9.9, 12.6),
}

NAME_PREFIXES = ["Alt ", "Neu ", "Groß ", "Klein ", "Ober", "Nieder", "Bad ", "Hohen", "Unter"]
NAME_STEMS = [
    "Linden", "Eichen", "Birken", "Buchen", "Tannen", "Wiesen", "Mühl", "Bachen", "Berg",
    "Brunn", "Rosen", "Sonnen", "Stein", "Wald", "Erlen", "Fichten", "Hasel", "Kirch",
    "Lauter", "Marien", "Rot", "Schön", "Weiden", "Weiß", "Wolfs", "Falken", "Hirsch",
    "Kranich", "Ahorn", "Espen", "Heide", "Moor", "Quell", "Sand", "See", "Tal",
]  # fmt: skip
NAME_SUFFIXES = [
    "dorf", "feld", "hausen", "heim", "bach", "berg", "burg", "stedt", "rode", "ow", "itz",
    "hagen", "kirchen", "au", "walde", "brück", "ingen", "stadt", "born", "thal",
]  # fmt: skip

FIRST_NAMES = [
    "Anna", "Lena", "Sophie", "Marie", "Laura", "Julia", "Katrin", "Sandra", "Petra", "Ute",
    "Aylin", "Elif", "Mia", "Nele", "Greta", "Jonas", "Lukas", "Felix", "Paul", "Jan",
    "Thomas", "Michael", "Stefan", "Andreas", "Frank", "Mehmet", "Piotr", "Ole", "Finn", "Kai",
]  # fmt: skip
LAST_NAMES = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner",
    "Krause", "Lehmann", "Yilmaz", "Kaya", "Nowak", "Jensen",
]  # fmt: skip
JOB_TITLES = [
    "Sachbearbeitung Bürgerservice", "Leitung Hauptamt", "IT-Koordination",
    "Digitalisierungsbeauftragte Stelle", "Sachbearbeitung Ordnungsamt", "Bauamt",
    "Kämmerei", "Personalamt", "Standesamt", "Bürgermeisterbüro",
]  # fmt: skip
