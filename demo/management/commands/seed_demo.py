"""`manage.py seed_demo`: the demo network for development, tests and demonstrations.

Runs every registered demo seeder (core.plugins.DEMO_SEEDERS) in one transaction. Idempotent:
every row is looked up by its natural key (AGS, e-mail address, slug) and only written when
something differs, so a second run leaves the database exactly as it was. `--scale national`
adds some 10,800 synthetic Kommunen for load tests.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.plugins import run_demo_seeders
from demo.accounts import demo_users_allowed
from demo.national import NATIONAL_COUNT, NATIONAL_MAX_COUNT
from demo.seeding import DemoSeedContext, german_number


class Command(BaseCommand):
    help = (
        "Legt das Demo-Netzwerk an: echte Kommunen, Demo-Zugänge für jede Rolle (nur in "
        "Entwicklung und Tests) sowie Impressum, Datenschutz, Barrierefreiheit und Leichte "
        "Sprache. Mehrfaches Ausführen ändert nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            choices=["demo", "national"],
            default="demo",
            help="„national“ ergänzt rund 10.800 synthetische Kommunen mit Mitgliedern "
            "für Last- und Skalierungstests.",
        )
        parser.add_argument(
            "--count",
            type=int,
            default=NATIONAL_COUNT,
            help="Anzahl synthetischer Kommunen bei --scale national (Tests nehmen weniger).",
        )

    @transaction.atomic
    def handle(self, *args, scale, count, **options):
        if not 1 <= count <= NATIONAL_MAX_COUNT:
            raise CommandError(
                f"--count muss zwischen 1 und {german_number(NATIONAL_MAX_COUNT)} liegen."
            )
        if scale == "national" and not demo_users_allowed():
            # Synthetic Kommunen and people belong on benchmark machines, never among real ones.
            raise CommandError(
                "--scale national ist nur in Entwicklungs- und Testumgebungen erlaubt."
            )
        self.stdout.write("Demo-Netzwerk „Netzwerk Digitale Kommune“")
        run_demo_seeders(
            DemoSeedContext(scale=scale, write=self.stdout.write, national_count=count)
        )
        self.stdout.write(self.style.SUCCESS("Fertig."))
