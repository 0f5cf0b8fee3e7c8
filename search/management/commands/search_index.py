from django.core.management.base import BaseCommand, CommandError

from search.backends import backend_path, get_backend


class Command(BaseCommand):
    help = (
        "Maintain the network search index of the configured backend: --rebuild indexes "
        "every registered type afresh (Elasticsearch: into a new index, then swaps the alias)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild", action="store_true", help="Index every findable object afresh."
        )

    def handle(self, *args, **options):
        if not options["rebuild"]:
            raise CommandError("Nothing to do: use --rebuild.")
        count = get_backend().rebuild()
        self.stdout.write(
            self.style.SUCCESS(f"{count} entries indexed with {backend_path().rsplit('.', 1)[-1]}.")
        )
