"""Benchmark of the database search on PostgreSQL: 100,000 generated German documents.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ndk_bench .venv/bin/python bench/search_bench.py

Fills its own database (migrated on start) with deterministic documents, runs 200 mixed
queries (rare, common, multi-word, misspelt) through the database backend and the same
queries as a naive `icontains` scan over title, teaser and body, and prints p50/p95/max of
both and their ratio. Not part of the test suite. Options: --docs N, --queries N, --reuse
(keep the documents of an earlier run).

The documents draw their words from a Zipf-distributed vocabulary of about 26,000 word
forms (`build_vocabulary`), and the query words are chosen by their rank in it (`queries`),
so that rare words are rare and common ones common, as in real text; bench/README.md says
more.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import operator
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Q  # noqa: E402

from core.taxonomy import Phase, Topic  # noqa: E402
from network.models import Handlungsfeld  # noqa: E402
from search.backends.database import DatabaseBackend  # noqa: E402
from search.models import IndexEntry  # noqa: E402
from search.registry import MEMBERS, PUBLIC, SearchEntry, SearchType, register  # noqa: E402

SEED = 2026
LAENDER = [f"{n:02d}" for n in range(1, 17)]
# The vocabulary is a Zipf distribution (frequency ~ 1/rank) over tens of thousands of word
# forms, as in real administrative text: a few general terms everywhere, a long tail of
# compound nouns, place and programme names that each occur in a handful of documents.
ZIPF_EXPONENT = 1.0
# The most frequent words of the portal, ranks 1 … 40 in this order.
GENERAL = [
    "Digitalisierung",
    "Verwaltung",
    "Kommune",
    "Projekt",
    "Förderung",
    "Bürgerinnen",
    "Daten",
    "Landkreis",
    "Online-Dienste",
    "Gemeinde",
    "Stadtverwaltung",
    "Beteiligung",
    "Umsetzung",
    "Breitbandausbau",
    "Glasfaser",
    "OZG",
    "Prozesse",
    "Bürgerdienste",
    "Fördermittel",
    "Zusammenarbeit",
    "Nachnutzung",
    "Informationssicherheit",
    "Datenschutz",
    "Personal",
    "Schulen",
    "Mobilität",
    "Klimaschutz",
    "Wärmeplanung",
    "Bürgerbeteiligung",
    "Open Data",
    "Software",
    "Plattform",
    "Kosten",
    "Ehrenamt",
    "Pilotprojekt",
    "Chatbot",
    "Rathaus",
    "Netzwerk",
    "Haushalt",
    "Tourismus",
]
# First parts of compounds ("Bürger|portal", "Schul|bau|förderung").
MODIFIERS = [
    "Bürger",
    "Bau",
    "Schul",
    "Verkehrs",
    "Abfall",
    "Abwasser",
    "Wasser",
    "Energie",
    "Personal",
    "Haushalts",
    "Melde",
    "Sozial",
    "Jugend",
    "Kita",
    "Friedhofs",
    "Feuerwehr",
    "Gewerbe",
    "Kultur",
    "Sport",
    "Wohn",
    "Umwelt",
    "Grünflächen",
    "Straßen",
    "Park",
    "Tourismus",
    "Wirtschafts",
    "Daten",
    "Klima",
    "Rats",
    "Standes",
    "Ordnungs",
    "Gesundheits",
    "Pflege",
    "Senioren",
    "Integrations",
    "Vergabe",
    "Kassen",
    "Steuer",
    "Grundsteuer",
    "Wahl",
    "Archiv",
    "Bibliotheks",
    "Museums",
    "Hafen",
    "Forst",
    "Vermessungs",
    "Kataster",
    "Denkmal",
    "Lärm",
    "Hochwasser",
    "Breitband",
    "Mobilfunk",
    "Rad",
    "Bus",
    "Lade",
    "Wärme",
    "Strom",
    "Glasfaser",
    "Sitzungs",
    "Akten",
    "Post",
    "Termin",
    "Antrags",
    "Förder",
    "Geo",
    "Informations",
    "Beteiligungs",
    "Beschwerde",
    "Fundsachen",
    "Hunde",
    "Anwohner",
    "Quartiers",
    "Dorf",
    "Stadt",
    "Kreis",
    "Gemeinde",
    "Amts",
    "Verwaltungs",
    "Rechnungs",
    "Beschaffungs",
    "Fahrzeug",
    "Gebäude",
    "Liegenschafts",
    "Flächen",
    "Bebauungs",
    "Spielplatz",
    "Schwimmbad",
    "Winter",
    "Katastrophen",
    "Notfall",
    "Leitstellen",
]
# Heads of compounds with their plural.
HEADS = [
    tuple(pair.split("/"))
    for pair in [
        "verwaltung/verwaltungen",
        "portal/portale",
        "antrag/anträge",
        "management/managements",
        "konzept/konzepte",
        "plattform/plattformen",
        "register/registern",
        "dienst/dienste",
        "service/services",
        "planung/planungen",
        "förderung/förderungen",
        "beratung/beratungen",
        "system/systeme",
        "app/apps",
        "akte/akten",
        "bescheid/bescheide",
        "verfahren/verfahrens",
        "netz/netze",
        "strategie/strategien",
        "monitoring/monitorings",
        "datenbank/datenbanken",
        "kalender/kalendern",
        "kataster/katastern",
        "karte/karten",
        "meldung/meldungen",
        "bericht/berichte",
        "satzung/satzungen",
        "gebühr/gebühren",
        "amt/ämter",
        "stelle/stellen",
        "büro/büros",
        "zentrum/zentren",
        "projekt/projekte",
        "modul/module",
        "schnittstelle/schnittstellen",
        "prozess/prozesse",
        "formular/formulare",
        "assistent/assistenten",
        "sprechstunde/sprechstunden",
        "konferenz/konferenzen",
        "kooperation/kooperationen",
        "vertrag/verträge",
        "ausschreibung/ausschreibungen",
        "nachweis/nachweise",
    ]
]
TRIPLE_COMPOUNDS = 9_000
PLACE_FIRST = [
    "Alt",
    "Neu",
    "Ober",
    "Unter",
    "Groß",
    "Klein",
    "Hohen",
    "Nieder",
    "Wald",
    "Berg",
    "Kirch",
    "Mühl",
    "Rosen",
    "Linden",
    "Eichen",
    "Birken",
    "Stein",
    "Burg",
    "Hag",
    "Wester",
    "Oster",
    "Süder",
    "Norder",
    "Heide",
    "Moor",
    "Rot",
    "Weiß",
    "Schön",
    "Frei",
    "Wolfs",
    "Hirsch",
    "Falken",
    "Adler",
    "Bären",
    "Sonnen",
    "Lauter",
    "Wiesen",
    "Tann",
    "Buchen",
    "Espen",
]
PLACE_SECOND = [
    "bach",
    "berg",
    "dorf",
    "feld",
    "hausen",
    "heim",
    "ingen",
    "stedt",
    "walde",
    "au",
    "brück",
    "hagen",
    "kirchen",
    "rode",
    "thal",
    "wald",
    "see",
    "furt",
    "burg",
    "stadt",
    "beck",
    "büttel",
    "leben",
    "hofen",
    "weiler",
]
REAL_PLACES = [
    "Werder (Havel)",
    "Teltow",
    "Beelitz",
    "Lübeck",
    "Leipzig",
    "München",
    "Münster",
    "Köln",
    "Görlitz",
    "Bad Belzig",
    "Kloster Lehnin",
    "Treuenbrietzen",
    "Ulm",
    "Jena",
    "Erfurt",
    "Osnabrück",
    "Würzburg",
    "Bamberg",
    "Wiesbaden",
    "Potsdam",
    "Cottbus",
    "Schwerin",
    "Kiel",
    "Flensburg",
    "Saarbrücken",
    "Trier",
    "Konstanz",
    "Freiburg",
    "Heilbronn",
    "Gütersloh",
]
PROGRAMMES = [
    f"{name} {year}"
    for name in (
        "Förderaufruf",
        "Modellprojekt",
        "Digitalpakt",
        "Landesprogramm",
        "Wettbewerb",
        "Sonderprogramm",
        "Innovationsfonds",
    )
    for year in range(2016, 2027)
]
ADJECTIVES = [
    "digitale",
    "kommunale",
    "interkommunale",
    "nachhaltige",
    "smarte",
    "sichere",
    "offene",
    "moderne",
    "papierlose",
    "barrierefreie",
]
PARTICIPLES = [
    "gefördert",
    "eingeführt",
    "umgesetzt",
    "erprobt",
    "ausgewertet",
    "geplant",
    "beschlossen",
    "ausgeschrieben",
    "digitalisiert",
    "vernetzt",
]
ACTORS = [
    "Der Gemeinderat",
    "Die Stadtverwaltung",
    "Das Bauamt",
    "Die Kämmerei",
    "Der Landkreis",
    "Das Bürgerbüro",
    "Die Digitallotsin",
    "Der IT-Dienstleister",
    "Das Ordnungsamt",
    "Die Schulverwaltung",
]
FILLER = [
    "Die Projektlaufzeit betrug {n} Monate.",
    "Rund {n} Prozent der Anträge zu {w} werden inzwischen online gestellt.",
    "Die Kosten lagen bei {n}.000 Euro, davon {m} Prozent aus Landesmitteln.",
    "Beteiligt waren {n} Beschäftigte aus {m} Fachbereichen.",
    "Eine Nachnutzung durch Nachbarkommunen ist ausdrücklich erwünscht.",
    "Die Erfahrungen mit {w} wurden in einer Arbeitsgruppe des Netzwerks geteilt.",
    "Als Nächstes folgen {w} und {v}.",
]
TOPICS = list(Topic.values)


class Zipf:
    """Draws from `words` with probability ~ 1 / rank ** ZIPF_EXPONENT."""

    def __init__(self, words: list[str]):
        self.words = words
        self.cumulative = list(
            itertools.accumulate(1 / rank**ZIPF_EXPONENT for rank in range(1, len(words) + 1))
        )

    def __call__(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self.cumulative)[0]


def build_vocabulary(rng: random.Random) -> list[str]:
    """General terms first, then two-part compounds and programme names, then the rarer
    three-part compounds, each group in random order; every compound in two forms."""

    def forms(pairs) -> list[str]:
        return [
            f"{modifier}{form}"
            for modifier, head in pairs
            for form in head
            if form.capitalize() not in modifier  # no "Portalportal"
        ]

    triples = set()
    while len(triples) < TRIPLE_COMPOUNDS:
        first, second = rng.sample(MODIFIERS, 2)
        triples.add((first + second.lower(), rng.choice(HEADS)))
    vocabulary = list(GENERAL)
    for group in (forms((m, h) for m in MODIFIERS for h in HEADS) + PROGRAMMES, forms(triples)):
        group = sorted(set(group) - set(vocabulary))
        rng.shuffle(group)
        vocabulary.extend(group)
    return vocabulary


def build_places(rng: random.Random) -> list[str]:
    generated = [f"{first}{second}" for first in PLACE_FIRST for second in PLACE_SECOND]
    rng.shuffle(generated)
    return REAL_PLACES + generated


class Generator:
    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.vocabulary = build_vocabulary(self.rng)
        self.places = build_places(self.rng)
        self.word = Zipf(self.vocabulary)
        self.place = Zipf(self.places)

    def document(self, number: int) -> SearchEntry:
        rng, word, place = self.rng, self.word, self.place
        first, second, town = word(rng), word(rng), place(rng)
        title = rng.choice(
            [
                f"{rng.choice(ADJECTIVES).capitalize()} {first} in {town}",
                f"{first} und {second}: Erfahrungen aus {town}",
                f"Wie {town} {first} voranbringt",
                f"{first} im Praxistest",
                f"{first} für {second}",
            ]
        )
        teaser = (
            f"{rng.choice(ACTORS)} hat {first} mit {word(rng)} verbunden und "
            f"{rng.choice(PARTICIPLES)}."
        )
        sentences = [
            f"{rng.choice(ACTORS)} hat das Vorhaben {word(rng)} {rng.choice(PARTICIPLES)}.",
            f"Im Mittelpunkt stand {word(rng)} für {rng.choice(ADJECTIVES)} {word(rng)}.",
            *(
                rng.choice(FILLER).format(
                    n=rng.randint(2, 90), m=rng.randint(2, 9), w=word(rng), v=word(rng)
                )
                for _ in range(rng.randint(3, 7))
            ),
            f"Mehr dazu berichtet {rng.choice(ACTORS).lower()} aus {town}.",
        ]
        return SearchEntry(
            type=rng.choice(["praxisbeispiel", "kurs", "praxisbeispiel", "kommune"]),
            pk=str(number),
            title=title,
            url=f"/bench/{number}/",
            teaser=teaser,
            tags=(word(rng), word(rng)),
            body=" ".join(sentences),
            handlungsfelder=tuple(rng.sample(TOPICS, rng.randint(1, 3))),
            laender=(rng.choice(LAENDER),),
            phases=(rng.choice(Phase.values),),
            audience=frozenset({PUBLIC} if rng.random() < 0.8 else {MEMBERS}),
            date=datetime(2026, 1, 1, tzinfo=UTC) - timedelta(days=rng.randint(0, 2000)),
        )


def misspell(rng: random.Random, word: str) -> str:
    """One typing error inside the word: a letter dropped, doubled or two swapped."""
    position = rng.randint(2, len(word) - 3)
    kind = rng.choice(["drop", "double", "swap"])
    if kind == "drop":
        return word[:position] + word[position + 1 :]
    if kind == "double":
        return word[:position] + word[position] + word[position:]
    return word[:position] + word[position + 1] + word[position] + word[position + 2 :]


def queries(rng: random.Random, count: int, generator: Generator) -> list[tuple[str, str]]:
    """Query words chosen by their rank in the vocabulary, not by hand: rare = ranks
    500 … 5,000 (tens to a few hundred documents), common = the 25 most frequent words
    (thousands to tens of thousands), multi-word = a common or place word with a middle-rank
    word, misspelt = one typing error in a word of rank 1 … 2,000."""
    vocabulary = generator.vocabulary
    single = [w for w in vocabulary if " " not in w]
    rare = rng.sample([w for w in vocabulary[500:5000] if " " not in w], 40)
    common = vocabulary[:25]
    multi = [
        f"{rng.choice(vocabulary[:60] + generator.places[:60])} {rng.choice(vocabulary[40:3000])}"
        for _ in range(40)
    ]
    known = {w.casefold() for w in vocabulary}
    misspelt = []
    while len(misspelt) < 40:
        candidate = misspell(rng, rng.choice([w for w in single[:2000] if len(w) >= 7]))
        if candidate.casefold() not in known:
            misspelt.append(candidate)
    groups = [("rare", rare), ("common", common), ("multi", multi), ("misspelt", misspelt)]
    return [
        (name, rng.choice(words)) for index in range(count) for name, words in [groups[index % 4]]
    ]


class BenchType(SearchType):
    model = Handlungsfeld

    def get_queryset(self):
        return Handlungsfeld.objects.none()

    def entry_for(self, obj):
        return None


def register_types() -> None:
    for name, label in [("praxisbeispiel", "Praxisbeispiel"), ("kurs", "Kurs")]:
        register(type(f"Bench{name}", (BenchType,), {"name": name, "label": label}))


def fill(backend: DatabaseBackend, generator: Generator, docs: int) -> float:
    backend.clear()
    start = time.perf_counter()
    backend.index_all((generator.document(n) for n in range(docs)), batch_size=2000)
    elapsed = time.perf_counter() - start
    with connection.cursor() as cursor:
        for table in ("search_indexentry", "search_indexmatch", "search_term"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    return elapsed


def naive_scan(query: str) -> None:
    words = query.split()
    condition = functools.reduce(
        operator.and_,
        (Q(title__icontains=w) | Q(teaser__icontains=w) | Q(body__icontains=w) for w in words),
    )
    visible = IndexEntry.objects.filter(match__audience__contains=f"|{PUBLIC}|").filter(condition)
    visible.count()
    list(visible.order_by("-match__date").values_list("title", "url", "teaser")[:10])


def measure(func, items) -> list[float]:
    timings = []
    for item in items:
        start = time.perf_counter()
        func(item)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def summary(timings: list[float]) -> tuple[float, float, float]:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95, ordered[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own, e.g. .../ndk_bench.")
    call_command("migrate", verbosity=0)
    register_types()
    backend = DatabaseBackend()
    generator = Generator()
    print(f"Vocabulary: {len(generator.vocabulary):,} word forms, {len(generator.places):,} places")
    if not args.reuse or IndexEntry.objects.count() != args.docs:
        print(f"Indexing {args.docs:,} documents …", flush=True)
        print(f"  indexed in {fill(backend, generator, args.docs):.1f} s")
    workload = queries(random.Random(SEED + 1), args.queries, generator)
    # Warm the caches of both paths the same way.
    for _group, query in workload[:20]:
        backend.search(query, None)
        naive_scan(query)
    totals: list[int] = []
    search = measure(lambda q: totals.append(backend.search(q[1], None).total), workload)
    scan = measure(lambda q: naive_scan(q[1]), workload)
    print(f"\n{len(workload)} queries over {IndexEntry.objects.count():,} documents (ms)")
    print(f"{'':24}{'p50':>9}{'p95':>9}{'max':>9}   (visible to a visitor)")
    for label, timings in [("database backend", search), ("naive icontains scan", scan)]:
        p50, p95, top = summary(timings)
        print(f"{label:24}{p50:9.1f}{p95:9.1f}{top:9.1f}")
    for group in ("rare", "common", "multi", "misspelt"):
        subset = [t for t, (g, _q) in zip(search, workload, strict=True) if g == group]
        found = sorted(n for n, (g, _q) in zip(totals, workload, strict=True) if g == group)
        p50, p95, top = summary(subset)
        print(
            f"  {group:22}{p50:9.1f}{p95:9.1f}{top:9.1f}   hits: median {found[len(found) // 2]:,}"
            f", {found[0]:,} … {found[-1]:,}"
        )
    s50, s95, smax = summary(search)
    n50, n95, _nmax = summary(scan)
    print(f"\nratio scan/backend: p50 {n50 / s50:.1f}x, p95 {n95 / s95:.1f}x")
    goals = [
        ("p95 <= 50 ms", s95 <= 50),
        (">= 20x faster (p50)", n50 / s50 >= 20),
        ("no query over 200 ms", smax <= 200),
    ]
    for goal, met in goals:
        print(f"{'met ' if met else 'MISSED'}  {goal}")


if __name__ == "__main__":
    main()
