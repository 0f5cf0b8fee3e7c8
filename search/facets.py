"""The four facets of the search page and how their values are stored as bits.

The database backend keeps Handlungsfelder, Länder and phases of an entry as one integer
mask each, so that one query can filter by them and count them with plain integer
arithmetic on SQLite and PostgreSQL alike. Bit positions follow the fixed lists: a new
Handlungsfeld must be appended to `Topic`, never inserted (or the index rebuilt).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core.taxonomy import LAENDER, Phase, Topic

from .registry import registered_types

TYPE = "typ"
HANDLUNGSFELD = "handlungsfeld"
LAND = "land"
PHASE = "phase"
FACET_NAMES = (TYPE, HANDLUNGSFELD, LAND, PHASE)
FACET_LABELS = {
    TYPE: _("Art des Inhalts"),
    HANDLUNGSFELD: _("Handlungsfeld"),
    LAND: _("Land"),
    PHASE: _("Digitalisierungsphase"),
}


def facet_choices(name: str) -> list[tuple[str, str]]:
    """(value, label) of every value a facet can take, in display order."""
    if name == TYPE:
        return [(key, str(t.label_plural or t.label)) for key, t in registered_types().items()]
    if name == HANDLUNGSFELD:
        return [(value, str(label)) for value, label in Topic.choices]
    if name == LAND:
        return list(LAENDER.items())
    if name == PHASE:
        return [(str(value), str(label)) for value, label in Phase.choices]
    raise KeyError(name)


def bit_values(name: str) -> list[str]:
    """The values of a masked facet in bit order."""
    if name == HANDLUNGSFELD:
        return list(Topic.values)
    if name == LAND:
        return list(LAENDER)
    if name == PHASE:
        return [str(value) for value in Phase.values]
    raise KeyError(name)


def mask_of(name: str, values) -> int:
    positions = {value: index for index, value in enumerate(bit_values(name))}
    mask = 0
    for value in values:
        if str(value) in positions:
            mask |= 1 << positions[str(value)]
    return mask


def clean_filters(raw: dict[str, list[str]] | None) -> dict[str, list[str]]:
    """Only known facets and known values survive: filters come straight from the URL."""
    cleaned: dict[str, list[str]] = {}
    for name in FACET_NAMES:
        allowed = {value for value, _label in facet_choices(name)}
        values = [v for v in dict.fromkeys((raw or {}).get(name, [])) if v in allowed]
        if values:
            cleaned[name] = values
    return cleaned


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
