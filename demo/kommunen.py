"""The real Kommunen of the demo network, from `content/kommunen.yaml`."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from functools import cache

from core.plugins import SeedContext
from network.models import Kommune

from .loader import read_yaml
from .seeding import describe, phase_number, sync


@cache
def real_kommunen() -> tuple[dict, ...]:
    """Every Kommune of the file, each Kreis followed by its Gemeinden; a Gemeinde carries
    the AGS of its Kreis as "kreis" (the file lists Gemeinden inside their Kreis)."""
    kommunen = []
    for entry in read_yaml("kommunen.yaml"):
        gemeinden = entry.pop("gemeinden", [])
        kommunen.append({**entry, "kreis": None})
        kommunen += [{**gemeinde, "kreis": entry["ags"]} for gemeinde in gemeinden]
    return tuple(kommunen)


def seed_kommune(spec: dict, kreis_id: int | None) -> tuple[Kommune, str]:
    return sync(
        Kommune,
        {"ags": spec["ags"]},
        {
            "name": spec["name"],
            "kind": spec["art"],
            "kreis_id": kreis_id,
            "population": spec["einwohner"],
            "phase": phase_number(spec["phase"]),
            "website": spec["website"],
            "description": spec["beschreibung"],
            "latitude": coordinate(spec["breite"]),
            "longitude": coordinate(spec["laenge"]),
        },
    )


def coordinate(value: float) -> Decimal:
    return Decimal(f"{value:.5f}")


def seed_kommunen(context: SeedContext) -> None:
    kommunen: dict[str, Kommune] = {}
    tally: Counter = Counter()
    for spec in real_kommunen():
        kreis = kommunen[spec["kreis"]] if spec["kreis"] else None
        kommunen[spec["ags"]], status = seed_kommune(spec, kreis.pk if kreis else None)
        tally[status] += 1
    laender = len({ags[:2] for ags in kommunen})
    context.write(f"  Kommunen:        {describe(tally)} aus {laender} Ländern")
