"""The demo accounts, one or more for every role, from `content/zugaenge.yaml`.

They share one known password, so they exist only where the settings allow them
(DEMO_USERS_ALLOWED: development and tests)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from core.plugins import SeedContext
from network.models import Kommune, Membership, MembershipState

from .loader import read_yaml
from .seeding import UNCHANGED, UPDATED, describe, sync

MFA_NOTE = (
    "Redaktion und Netzwerkkoordination richten bei der ersten Anmeldung die "
    "Zwei-Faktor-Anmeldung (TOTP) ein; das Portal verlangt sie für diese Rollen."
)


@cache
def demo_accounts() -> dict:
    """The file: "passwort" and "personen"."""
    return read_yaml("zugaenge.yaml")


def demo_password() -> str:
    return demo_accounts()["passwort"]


def demo_people() -> list[dict]:
    return demo_accounts()["personen"]


def demo_emails() -> list[str]:
    return [person["email"] for person in demo_people()]


def demo_users_allowed() -> bool:
    return getattr(settings, "DEMO_USERS_ALLOWED", False)


def ensure_verified_address(user) -> None:
    """allauth lets only verified addresses sign in; demo accounts never get a mail."""
    address, _ = EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    if not (address.verified and address.primary):
        address.verified = address.primary = True
        address.save(update_fields=["verified", "primary"])


def seed_membership(user, kommune: Kommune, role: str, state: str, is_primary: bool) -> None:
    lookup = {"user": user, "kommune": kommune}
    if state == MembershipState.REQUESTED:
        # Created once and then left alone: a decision taken in the demo stays decided (a
        # declined request is deleted and comes back with the next run, ready to try again).
        sync(
            Membership, lookup, create_only={"role": role, "state": state, "is_primary": is_primary}
        )
        return
    sync(
        Membership,
        lookup,
        {"role": role, "state": state, "is_primary": is_primary},
        create_only={"decided_at": timezone.now()},
    )


def seed_person(person: dict, kommunen: dict[str, Kommune]) -> str:
    user, status = sync(
        get_user_model(),
        {"email": person["email"]},
        {
            "first_name": person["vorname"],
            "last_name": person["nachname"],
            "job_title": person["funktion"],
            "is_active": True,
        },
    )
    if not user.check_password(demo_password()):
        user.set_password(demo_password())
        user.save(update_fields=["password"])
        if status == UNCHANGED:
            status = UPDATED
    ensure_verified_address(user)
    for name in person["gruppen"]:
        user.groups.add(Group.objects.get(name=name))
    # The first membership is the person's primary one.
    for index, membership in enumerate(person["mitgliedschaften"]):
        kommune = kommunen[membership["kommune"]]
        seed_membership(
            user, kommune, membership["rolle"], membership["stand"], is_primary=index == 0
        )
    return status


def seed_people() -> Counter:
    kommunen = Kommune.objects.in_bulk(
        {m["kommune"] for person in demo_people() for m in person["mitgliedschaften"]},
        field_name="ags",
    )
    return Counter(seed_person(person, kommunen) for person in demo_people())


def seed_accounts(context: SeedContext) -> None:
    if not demo_users_allowed():
        context.write(
            "  Demo-Zugänge:    übersprungen – in dieser Umgebung sind Zugänge mit "
            "bekanntem Passwort nicht erlaubt (DEMO_USERS_ALLOWED)."
        )
        return
    context.write(f"  Demo-Zugänge:    {describe(seed_people())}")
    context.write(f"  {MFA_NOTE}")
    context.write("  Zugänge und Passwort zeigt „manage.py demo_logins“.")
