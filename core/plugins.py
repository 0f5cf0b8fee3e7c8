"""The plug-in points: how an app appears in places it does not own.

An app contributes by registering a function in its own `wagtail_hooks.py` with
`wagtail.hooks.register(<hook name>, order=…)`, the idiom Wagtail users know; the owner of the
place asks the collector below. No app names another to appear somewhere, so a new app plugs
itself in by adding files inside itself only. Lower `order` comes first.

| hook                  | the registered function            | asked by                         |
|-----------------------|------------------------------------|----------------------------------|
| HEADER_AREAS          | `() -> HeaderArea`                 | the header navigation            |
| USER_MENU             | `() -> list[MenuLink]`             | the user menu, signed in         |
| MEMBER_OFFERS         | `() -> str`                        | sign-up page, welcome mails      |
| HOME_SECTIONS         | `(request) -> HomeSection or None` | the home page                    |
| NEXT_STEPS            | `(user) -> list[NextStep]`         | the home page, signed in         |
| DATA_EXPORT           | `() -> (section, collect(user))`   | the DSGVO data export            |
| DELETION_GUARDS       | `(user) -> list[DeletionBlocker]`  | account deletion                 |
| DELETION_CLEANUPS     | `(user) -> None`                   | account deletion, before delete  |
| DEMO_SEEDERS          | `(SeedContext) -> None`            | `manage.py seed_demo`            |
| RELATED_CONTENT       | `(slugs, exclude) -> Related|None` | pages with Handlungsfelder       |
| RECOMMENDERS          | `(Need) -> list[Recommendation]`   | recommendations for a Kommune    |
| NOTIFICATION_KINDS    | `() -> list[NotificationKind]`     | `core.mail.notify`, settings     |
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wagtail import hooks

from .permissions import has_perm

HEADER_AREAS = "ndk_header_area"
USER_MENU = "ndk_user_menu"
MEMBER_OFFERS = "ndk_member_offer"
HOME_SECTIONS = "ndk_home_section"
NEXT_STEPS = "ndk_next_steps"
DATA_EXPORT = "ndk_data_export"
DELETION_GUARDS = "ndk_deletion_guard"
DELETION_CLEANUPS = "ndk_deletion_cleanup"
DEMO_SEEDERS = "ndk_demo_seeder"
RELATED_CONTENT = "ndk_related_content"
RECOMMENDERS = "ndk_recommender"
NOTIFICATION_KINDS = "ndk_notification_kinds"


@dataclass(frozen=True)
class HeaderArea:
    """An entry of the main navigation; `url` is the area's root, which also marks it current."""

    label: str
    url: str


def header_areas() -> list[HeaderArea]:
    return [area() for area in hooks.get_hooks(HEADER_AREAS)]


@dataclass(frozen=True)
class MenuLink:
    """A personal page in the user menu, shown to whom the permission `action` allows."""

    label: str
    url_name: str
    action: str


def user_menu_links(user) -> list[MenuLink]:
    links = (link for declare in hooks.get_hooks(USER_MENU) for link in declare())
    return [link for link in links if has_perm(user, link.action)]


def member_offers() -> list[str]:
    """What a member can do in the portal, one phrase per area that exists ("Kurse belegen
    …"): the sign-up page and the welcome mails promise only these."""
    return [str(offer()) for offer in hooks.get_hooks(MEMBER_OFFERS)]


@dataclass(frozen=True)
class HomeSection:
    """A block of the home page: `template` rendered with `context`. Personal sections stand
    in the signed-in person's welcome area, the others below it for everybody."""

    template: str
    context: dict[str, Any] = field(default_factory=dict)
    personal: bool = False


def home_sections(request) -> list[HomeSection]:
    sections = (section(request) for section in hooks.get_hooks(HOME_SECTIONS))
    return [section for section in sections if section is not None]


@dataclass(frozen=True)
class NextStep:
    """A card of "Ihre nächsten Schritte": what the person could do now, and where."""

    title: str
    text: str
    url: str
    link_text: str


def next_steps(user) -> list[NextStep]:
    return [step for steps in hooks.get_hooks(NEXT_STEPS) for step in steps(user)]


def data_export_sections(user) -> dict[str, Any]:
    """Every app's section of the person's data export, by section name."""
    sections: dict[str, Any] = {}
    for contribute in hooks.get_hooks(DATA_EXPORT):
        name, collect = contribute()
        if name in sections:
            raise ValueError(f"Two apps export a section named {name!r}.")
        sections[name] = collect(user)
    return sections


@dataclass(frozen=True)
class DeletionBlocker:
    """Why an account cannot be deleted yet, and what the person has to do first."""

    title: str
    text: str


def deletion_blockers(user) -> list[DeletionBlocker]:
    """Empty when nothing stands in the way of deleting the account."""
    return [reason for guard in hooks.get_hooks(DELETION_GUARDS) for reason in guard(user)]


def clean_up_before_deletion(user) -> None:
    """Let every app erase or anonymise what the database would otherwise keep of the person
    (texts they wrote, their id in revisions), inside the deletion's transaction."""
    for clean_up in hooks.get_hooks(DELETION_CLEANUPS):
        clean_up(user)


@dataclass
class SeedContext:
    """What a demo seeder gets: the scale asked for and where to report progress."""

    scale: str
    write: Any  # a callable taking one line of text


def run_demo_seeders(context: SeedContext) -> None:
    for seed in hooks.get_hooks(DEMO_SEEDERS):
        seed(context)


@dataclass(frozen=True)
class RelatedItem:
    title: str
    url: str
    text: str = ""
    meta: str = ""


@dataclass(frozen=True)
class Related:
    """Content of one kind that shares a Handlungsfeld with the page being shown."""

    kind: str  # "<app>.<model>", e.g. "learning.course"
    heading: str
    items: Sequence[RelatedItem]


def related_content(slugs: Iterable[str], exclude: str = "") -> list[Related]:
    """What other apps offer for these Handlungsfelder; `exclude` leaves out the asking
    page's own kind. Kinds without items are left out."""
    slugs = list(slugs)
    if not slugs:
        return []
    found = (provide(slugs, exclude) for provide in hooks.get_hooks(RELATED_CONTENT))
    return [related for related in found if related and related.items]


@dataclass(frozen=True)
class Need:
    """What a Kommune lacks: the Handlungsfelder of its gaps and the phase it is in."""

    topics: Sequence[str]
    phase: int | None = None
    kommune: Any = None
    limit: int = 3


@dataclass(frozen=True)
class Recommendation:
    kind: str  # "<app>.<model>"
    title: str
    url: str
    reason: str  # German, e.g. "Kurs zum Handlungsfeld KI & Automatisierung"


def recommendations(need: Need) -> list[Recommendation]:
    return [item for recommend in hooks.get_hooks(RECOMMENDERS) for item in recommend(need)]


@dataclass(frozen=True)
class NotificationKind:
    """A kind of message the portal sends. `key` is "<app>.<name>"; its mail templates are
    `<app>/mail/<name>_subject.txt` and `..._body.txt`."""

    key: str
    label: str

    @property
    def template_prefix(self) -> str:
        app, name = self.key.split(".", 1)
        return f"{app}/mail/{name}"


def notification_kinds() -> dict[str, NotificationKind]:
    kinds: dict[str, NotificationKind] = {}
    for declare in hooks.get_hooks(NOTIFICATION_KINDS):
        for kind in declare():
            if kind.key in kinds:
                raise ValueError(f"The notification kind {kind.key!r} is declared twice.")
            kinds[kind.key] = kind
    return kinds
