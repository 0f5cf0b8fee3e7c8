"""Benchmark: case study pages served by the production HTTP server.

    .venv/bin/python -m bench.case_studies_http [--count 1000] [--duration 10] [--concurrency 8]

Builds a PostgreSQL database `ndk_bench_http` (dropped and created afresh) with the demo
network and `--count` published case studies, starts gunicorn with the production settings
(`bench/settings.py`), and measures requests per second and p50/p95 latency of
- the floor: a minimal Django view through the same middleware on the same server,
- the case study index, unfiltered and with filters,
- a case study detail page,
each for an anonymous visitor, and prints each page's throughput as a share of the floor.
Goal: anonymous pages at >= 50 % of the floor, without errors.
"""

import argparse
import os
import random
import subprocess
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

from bench.loadgen import LoadResult, run_load  # noqa: E402
from bench.server import ROOT, gunicorn, manage  # noqa: E402

# The production settings redirect plain HTTP to HTTPS; the proxy header says the request
# came in over HTTPS, as it does behind the load balancer. Like every browser, the client
# accepts gzip.
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip, deflate, br"}
TAGS = ["OZG", "Open Source", "Cloud", "Bürgerbeteiligung", "Sensorik", "EfA", "Chatbot", "GIS"]


def recreate_database() -> None:
    name = os.environ.get("BENCH_DATABASE", "ndk_bench_http")
    for statement in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", statement], check=True
        )


def seed_case_studies(count: int) -> None:
    """Adds published case studies until `count` exist, varied over Kommunen, Handlungsfelder,
    phases, statuses, costs and programmes so that every filter has something to count."""
    import django

    django.setup()
    from bestpractice.factories import case_study_index, create_case_study
    from bestpractice.models import CaseStudyPage, Foerderprogramm, Status
    from core.taxonomy import Phase, Topic
    from network.models import Kommune

    rng = random.Random(2026)
    index = case_study_index()
    template = CaseStudyPage.objects.live().first()
    kommunen = list(Kommune.objects.order_by("ags")[:400])
    programmes = list(Foerderprogramm.objects.all()) + [None]
    missing = count - CaseStudyPage.objects.live().count()
    for number in range(max(0, missing)):
        create_case_study(
            index,
            kommunen=rng.sample(kommunen, rng.choice([1, 1, 1, 2])),
            handlungsfelder=rng.sample(Topic.values, rng.choice([1, 2])),
            tags=rng.sample(TAGS, 2),
            title=f"{template.title} ({number + 1})",
            slug=f"bench-praxisbeispiel-{number + 1}",
            teaser=template.teaser,
            phase=rng.choice(Phase.values),
            status=rng.choice(Status.values),
            cost_one_off=rng.choice([None, 8_000, 25_000, 120_000, 400_000]),
            cost_yearly=rng.choice([None, 1_500, 12_000]),
            foerderprogramm=rng.choice(programmes),
            ist_situation=template.ist_situation,
            soll_prozess=template.soll_prozess,
            nutzen=template.nutzen,
            daten_technik_akteure=template.daten_technik_akteure,
            leistungen_partner=template.leistungen_partner,
            kosten_nutzen=template.kosten_nutzen,
            lessons_learned=template.lessons_learned,
            transferability=rng.randint(1, 5),
        )
    print(f"{CaseStudyPage.objects.live().count()} veröffentlichte Praxisbeispiele")


def measured_paths() -> dict[str, str]:
    import django

    django.setup()
    from bestpractice.models import CaseStudyIndexPage, CaseStudyPage

    index_url = CaseStudyIndexPage.objects.get().url
    detail = CaseStudyPage.objects.live().order_by("-first_published_at").first()
    return {
        "Untergrenze (minimale View)": "/bench/floor/",
        "Übersicht": index_url,
        "Übersicht gefiltert": (
            f"{index_url}?handlungsfeld=buergerdienste&status=betrieb&sortierung=bewertung"
        ),
        "Übersicht Seite 3": f"{index_url}?phase=2&seite=3",
        "Detailseite": detail.url,
    }


def report(name: str, result: LoadResult, floor: LoadResult | None) -> None:
    share = f"{result.rps / floor.rps:6.1%}" if floor else "      "
    print(
        f"{name:30} {result.rps:8.1f} req/s  p50 {result.p50:7.1f} ms  "
        f"p95 {result.p95:7.1f} ms  Fehler {result.errors:4d}  Anteil {share}"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--reuse", action="store_true", help="keep the existing database")
    args = parser.parse_args(argv)

    if not args.reuse:
        recreate_database()
        manage("migrate", "--noinput", "-v0")
        manage("seed_demo")
    manage("collectstatic", "--noinput", "-v0")
    seed_case_studies(args.count)
    paths = measured_paths()
    manage("shell", "-c", "from django.core.cache import cache; cache.clear()")

    print(
        f"\ngunicorn, {os.cpu_count()} Worker, {args.concurrency} parallele Clients, "
        f"je {args.duration:.0f} s, anonym\n"
    )
    with gunicorn() as (host, port):
        floor = None
        for name, path in paths.items():
            run_load(host, port, path, concurrency=2, duration=1.0, headers=HEADERS)  # warm up
            result = run_load(
                host,
                port,
                path,
                concurrency=args.concurrency,
                duration=args.duration,
                headers=HEADERS,
            )
            floor = floor or result
            report(name, result, floor)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
