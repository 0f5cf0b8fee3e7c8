"""Benchmark of the database search on PostgreSQL: 100,000 generated German documents.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ndk_bench .venv/bin/python bench/search_bench.py

Fills its own database (migrated on start) with deterministic documents, runs 200 mixed
queries (rare, common, multi-word, misspelt) through the database backend and the same
queries as a naive `icontains` scan over title, teaser and body, and prints p50/p95/max of
both and their ratio. Not part of the test suite. Options: --docs N, --queries N, --reuse
(keep the documents of an earlier run).
"""

from __future__ import annotations

import argparse
import functools
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

from network.models import Handlungsfeld, Phase, Topic  # noqa: E402
from search.backends.database import DatabaseBackend  # noqa: E402
from search.models import IndexEntry  # noqa: E402
from search.registry import MEMBERS, PUBLIC, SearchEntry, SearchType, register  # noqa: E402

SEED = 2026
LAENDER = [f"{n:02d}" for n in range(1, 17)]
PLACES = [
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
SUBJECTS = [
    ("Digitalisierung", 30),
    ("Verwaltung", 28),
    ("Förderung", 14),
    ("Bürgerdienste", 10),
    ("Breitbandausbau", 8),
    ("Glasfaser", 8),
    ("E-Akte", 6),
    ("OZG-Umsetzung", 9),
    ("Wärmeplanung", 5),
    ("Straßenbeleuchtung", 4),
    ("Bürgerbeteiligung", 6),
    ("Open Data", 5),
    ("Chatbot", 3),
    ("Geoinformationssystem", 3),
    ("Schuldigitalisierung", 3),
    ("Hochwasserschutz", 2),
    ("Fördermittelmanagement", 2),
    ("Telemedizin", 1),
    ("Parkraummanagement", 2),
    ("Informationssicherheit", 4),
    ("Datenschutz", 4),
    ("Personalentwicklung", 3),
    ("Change-Management", 2),
    ("Digitaler Zwilling", 1),
    ("Ratsinformationssystem", 1),
    ("Bauantragsverfahren", 2),
    ("Wohngeldantrag", 1),
    ("Friedhofsverwaltung", 1),
    ("Winterdienst", 1),
    ("Abfallkalender", 1),
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
    "Rund {n} Prozent der Anträge werden inzwischen online gestellt.",
    "Die Kosten lagen bei {n}.000 Euro, davon {m} Prozent aus Landesmitteln.",
    "Beteiligt waren {n} Beschäftigte aus {m} Fachbereichen.",
    "Eine Nachnutzung durch Nachbarkommunen ist ausdrücklich erwünscht.",
    "Die Erfahrungen wurden in einer Arbeitsgruppe des Netzwerks geteilt.",
]
TOPICS = list(Topic.values)


def subject(rng: random.Random) -> str:
    names, weights = zip(*SUBJECTS, strict=True)
    return rng.choices(names, weights)[0]


def document(rng: random.Random, number: int) -> SearchEntry:
    place = rng.choice(PLACES)
    first, second = subject(rng), subject(rng)
    title = rng.choice(
        [
            f"{rng.choice(ADJECTIVES).capitalize()} {first} in {place}",
            f"{first} und {second}: Erfahrungen aus {place}",
            f"Wie {place} die {first} voranbringt",
            f"{first} im Praxistest",
        ]
    )
    teaser = (
        f"{rng.choice(ACTORS)} hat {first} mit {second} verbunden und {rng.choice(PARTICIPLES)}."
    )
    sentences = [
        f"{rng.choice(ACTORS)} hat das Vorhaben {rng.choice(PARTICIPLES)}.",
        f"Im Mittelpunkt stand {subject(rng)} für {rng.choice(ADJECTIVES)} {subject(rng)}.",
        *(
            rng.choice(FILLER).format(n=rng.randint(2, 90), m=rng.randint(2, 9))
            for _ in range(rng.randint(3, 7))
        ),
        f"Mehr dazu berichtet {rng.choice(ACTORS).lower()} aus {place}.",
    ]
    return SearchEntry(
        type=rng.choice(["praxisbeispiel", "kurs", "praxisbeispiel", "kommune"]),
        pk=str(number),
        title=title,
        url=f"/bench/{number}/",
        teaser=teaser,
        tags=tuple(rng.sample([s for s, _w in SUBJECTS], 2)),
        body=" ".join(sentences),
        handlungsfelder=tuple(rng.sample(TOPICS, rng.randint(1, 3))),
        laender=(rng.choice(LAENDER),),
        phases=(rng.choice(Phase.values),),
        audience=frozenset({PUBLIC} if rng.random() < 0.8 else {MEMBERS}),
        date=datetime(2026, 1, 1, tzinfo=UTC) - timedelta(days=rng.randint(0, 2000)),
    )


def queries(rng: random.Random, count: int) -> list[tuple[str, str]]:
    rare = [
        "Friedhofsverwaltung",
        "Telemedizin",
        "Abfallkalender",
        "Ratsinformationssystem",
        "Wohngeldantrag",
        "Winterdienst",
        "Flensburg",
        "Görlitz",
        "Konstanz",
        "Gütersloh",
    ]
    common = [
        "Digitalisierung",
        "Verwaltung",
        "Förderung",
        "Bürgerdienste",
        "digitale",
        "Glasfaser",
        "OZG",
        "Projekt",
        "gefördert",
        "Landkreis",
    ]
    multi = [
        "Förderung Glasfaser",
        "digitale Verwaltung",
        "Breitbandausbau Landkreis",
        "Open Data München",
        "E-Akte Bauamt",
        "Chatbot Bürgerbüro",
        "Wärmeplanung Jena",
        "Datenschutz Schulverwaltung",
        "OZG-Umsetzung Kämmerei",
        "smarte Straßenbeleuchtung",
    ]
    misspelt = [
        "Digitalisirung",
        "Verwaltnug",
        "Forderung",
        "Breitbandausbaau",
        "Glasfasr",
        "Bürgerbeteilgung",
        "Wärmeplannung",
        "Informationsicherheit",
        "Chatbott",
        "Muenchen",
    ]
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


def fill(backend: DatabaseBackend, docs: int) -> float:
    rng = random.Random(SEED)
    backend.clear()
    start = time.perf_counter()
    backend.index_all((document(rng, n) for n in range(docs)), batch_size=2000)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE search_indexentry")
        cursor.execute("VACUUM ANALYZE search_term")
    return time.perf_counter() - start


def naive_scan(query: str) -> None:
    words = query.split()
    condition = functools.reduce(
        operator.and_,
        (Q(title__icontains=w) | Q(teaser__icontains=w) | Q(body__icontains=w) for w in words),
    )
    visible = IndexEntry.objects.filter(audience__contains=f"|{PUBLIC}|").filter(condition)
    visible.count()
    list(visible.order_by("-date").values_list("title", "url", "teaser")[:10])


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
    if not args.reuse or IndexEntry.objects.count() != args.docs:
        print(f"Indexing {args.docs:,} documents …", flush=True)
        print(f"  indexed in {fill(backend, args.docs):.1f} s")
    workload = queries(random.Random(SEED + 1), args.queries)
    # Warm the caches of both paths the same way.
    for _group, query in workload[:20]:
        backend.search(query, None)
        naive_scan(query)
    search = measure(lambda q: backend.search(q[1], None), workload)
    scan = measure(lambda q: naive_scan(q[1]), workload)
    print(f"\n{len(workload)} queries over {IndexEntry.objects.count():,} documents (ms)")
    print(f"{'':24}{'p50':>9}{'p95':>9}{'max':>9}")
    for label, timings in [("database backend", search), ("naive icontains scan", scan)]:
        p50, p95, top = summary(timings)
        print(f"{label:24}{p50:9.1f}{p95:9.1f}{top:9.1f}")
    for group in ("rare", "common", "multi", "misspelt"):
        subset = [t for t, (g, _q) in zip(search, workload, strict=True) if g == group]
        p50, p95, top = summary(subset)
        print(f"  {group:22}{p50:9.1f}{p95:9.1f}{top:9.1f}")
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
