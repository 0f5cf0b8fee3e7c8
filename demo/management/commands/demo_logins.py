"""`manage.py demo_logins`: the demo accounts and their password, for `make run`."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db.models import Prefetch

from demo.accounts import MFA_NOTE, demo_emails, demo_password, demo_users_allowed
from network.models import Membership


def describe_roles(user) -> str:
    """What the person is in the network now, as stored (a confirmed request shows up as
    membership, not as request)."""
    parts = [group.name for group in user.groups.all()]
    for membership in sorted(user.memberships.all(), key=lambda m: not m.is_primary):
        if membership.is_confirmed:
            parts.append(f"{membership.get_role_display()} – {membership.kommune.name}")
        else:
            parts.append(f"Beitrittsanfrage an {membership.kommune.name} (offen)")
    return "; ".join(parts) or "ohne Rolle"


def demo_accounts() -> list:
    emails = demo_emails()
    users = (
        get_user_model()
        .objects.filter(email__in=emails)
        .prefetch_related(
            "groups",
            Prefetch("memberships", queryset=Membership.objects.select_related("kommune")),
        )
    )
    by_email = {user.email: user for user in users}
    return [by_email[email] for email in emails if email in by_email]


def format_table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return [line.rstrip() for line in lines]


class Command(BaseCommand):
    help = "Zeigt die Demo-Zugänge mit Rolle und Passwort (nur in Entwicklung und Tests)."

    def handle(self, *args, **options):
        # Production settings forbid demo accounts; there is nothing to show there.
        if not demo_users_allowed():
            self.stdout.write("In dieser Umgebung gibt es keine Demo-Zugänge.")
            return
        users = demo_accounts()
        if not users:
            self.stdout.write(
                "Noch keine Demo-Zugänge angelegt – bitte zuerst „manage.py seed_demo“ ausführen."
            )
            return
        rows = [("E-Mail", "Rolle", "Passwort")]
        rows += [(user.email, describe_roles(user), demo_password()) for user in users]
        self.stdout.write("Demo-Zugänge (nur für Entwicklung und Tests):")
        for line in format_table(rows):
            self.stdout.write(f"  {line}")
        self.stdout.write(MFA_NOTE)
