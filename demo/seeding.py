"""What every demo seeder shares: writing a row only when it differs, counting what happened,
and finding the place in the page tree where the demo pages go."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.core.management.base import CommandError
from wagtail.models import Page, Site

from core.plugins import SeedContext
from core.taxonomy import Phase

CREATED, UPDATED, UNCHANGED = "neu", "geändert", "unverändert"


@dataclass
class DemoSeedContext(SeedContext):
    """`seed_demo`'s context: besides the scale, how many synthetic Kommunen the national
    scale asks for (only the demo app's own seeder of that scale reads it)."""

    national_count: int


def sync(model, lookup: dict, values: dict | None = None, create_only: dict | None = None):
    """Create or update one row. Saves only when a value differs, so that auto_now timestamps
    do not move on a second run. `create_only` values are set on creation and never again."""
    values = values or {}
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values, **(create_only or {}))
        obj.save()
        return obj, CREATED
    changed = {field: value for field, value in values.items() if getattr(obj, field) != value}
    if not changed:
        return obj, UNCHANGED
    for field, value in changed.items():
        setattr(obj, field, value)
    obj.save()
    return obj, UPDATED


def german_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def describe(tally: Counter) -> str:
    total = german_number(sum(tally.values()))
    parts = ", ".join(f"{status}: {tally[status]}" for status in (CREATED, UPDATED, UNCHANGED))
    return f"{total} ({parts})"


def phase_number(name: str) -> int:
    """The content files name phases ("strategie"); the database stores their number."""
    return Phase[name.upper()].value


def home_page_for(page_model: type[Page]) -> Page:
    """The page below which `page_model` is seeded: the default site's root, the home page
    that the portal's migrations create. Asking Wagtail whether `page_model` may stand there
    checks it without naming the portal's model, which the demo app may not import."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page.specific if site else None
    if home is None or not page_model.can_exist_under(home):
        raise CommandError(
            "Die Startseite fehlt. Bitte zuerst „manage.py migrate“ ausführen; die Migrationen "
            "legen sie an."
        )
    return home
