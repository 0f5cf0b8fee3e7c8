"""The one place where apps declare what the network search finds.

An app describes each searchable model by a `SearchType` subclass in its `search_types.py`
and decorates it with `@register`. The search backends index the `SearchEntry` values that
`entry_for()` builds and never look at the models themselves, so both backends give the same
results for the same entries.

Who may see an entry is decided when it is indexed, as a set of audience tokens, and every
query filters by the tokens of the person searching (`audience_of`). Content that nobody may
find (drafts, unpublished pages) gets no entry at all: `entry_for()` returns None and the
entry is removed from the index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import models

from core.permissions import is_signed_in

# Audience tokens. A group or another restricted space adds its own token, for example
# f"group:{pk}", and `audience_of` gives it to the people who belong there.
PUBLIC = "public"
MEMBERS = "members"

# Field weights, highest first: title > teaser and tags > body.
WEIGHT_TITLE = "A"
WEIGHT_TEASER = "B"
WEIGHT_BODY = "C"


@dataclass(frozen=True)
class SearchEntry:
    """What the index stores for one object; every backend indexes exactly these fields."""

    type: str
    pk: str
    title: str
    url: str
    teaser: str = ""
    tags: tuple[str, ...] = ()
    body: str = ""
    handlungsfelder: tuple[str, ...] = ()  # network.models.Topic values
    laender: tuple[str, ...] = ()  # two-digit Land keys from network.ags.LAENDER
    phases: tuple[int, ...] = ()  # network.models.Phase values
    audience: frozenset[str] = field(default_factory=lambda: frozenset({PUBLIC}))
    date: datetime | None = None

    @property
    def key(self) -> str:
        return f"{self.type}:{self.pk}"


class SearchType:
    """Describes one searchable model. Subclasses set `name`, `label` (one hit: "Kurs"),
    `label_plural` (the type filter: "Kurse (3)") and `model` and build entries; the registry
    connects the model's save and delete signals to the index."""

    name: str = ""
    label: str = ""
    label_plural: str = ""
    model: type[models.Model]

    def get_queryset(self) -> models.QuerySet:
        """Every object that may have an entry, for a full rebuild; `entry_for` still decides."""
        return self.model._default_manager.all()

    def entry_for(self, obj) -> SearchEntry | None:
        raise NotImplementedError


_types: dict[str, SearchType] = {}


def findable_page(page) -> bool:
    """Drafts, unpublished pages and pages behind a CMS view restriction are found by nobody:
    a page type's `entry_for()` returns None for them."""
    return page.live and not page.get_view_restrictions().exists()


def register(cls: type[SearchType]) -> type[SearchType]:
    instance = cls()
    if not instance.name or instance.name in _types:
        raise ValueError(f"search type {instance.name!r} is missing a name or registered twice")
    _types[instance.name] = instance
    return cls


def registered_types() -> dict[str, SearchType]:
    return dict(_types)


def unregister(name: str) -> None:
    """Remove a type again (tests register small types of their own)."""
    _types.pop(name, None)


def type_for_model(model: type[models.Model]) -> SearchType | None:
    for search_type in _types.values():
        if issubclass(model, search_type.model):
            return search_type
    return None


# Further audience tokens for a person (for example the groups they belong to) come from
# providers that other apps register; the registry itself knows only PUBLIC and MEMBERS.
AudienceProvider = Callable[[object], Iterable[str]]
_audience_providers: list[AudienceProvider] = []


def register_audience_provider(provider: AudienceProvider) -> AudienceProvider:
    _audience_providers.append(provider)
    return provider


def audience_of(user) -> frozenset[str]:
    """The tokens whose entries `user` may find: visitors PUBLIC, signed-in people also
    MEMBERS and whatever the providers add."""
    if not is_signed_in(user):
        return frozenset({PUBLIC})
    tokens = {PUBLIC, MEMBERS}
    for provider in _audience_providers:
        tokens.update(provider(user))
    return frozenset(tokens)
