"""The national scale: some 10,800 synthetic Kommunen with members for load tests
(`seed_demo --scale national`), planned from the figures in `content/bundesweit.yaml`."""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from django.utils.text import slugify

from core.taxonomy import Phase
from network.models import Kommune, KommuneType, Membership, MembershipState, Role

from .loader import read_yaml
from .seeding import DemoSeedContext, german_number

NATIONAL_COUNT = 10_800
NATIONAL_MAX_COUNT = 25_000
# No real Kreis number is above 91 (the highest is the Landkreis Wittenberg, 15091), so
# synthetic Kreise numbered 92-99 can never take the AGS of a real Kommune. With Regierungsbezirk
# digits 0-9 that leaves 80 synthetic Kreise per Land.
SYNTHETIC_KREIS_NUMBERS = range(92, 100)
SYNTHETIC_KREISE_PER_LAND = 10 * len(SYNTHETIC_KREIS_NUMBERS)
SYNTHETIC_DESCRIPTION = "Synthetische Kommune für Last- und Skalierungstests, keine echte Kommune."
SYNTHETIC_EMAIL_DOMAIN = "national.demo.example"
BATCH_SIZE = 500


@cache
def figures() -> dict:
    return read_yaml("bundesweit.yaml")


def land_figures(land: str) -> dict:
    return figures()["laender"][land]


@dataclass
class PlannedKommune:
    ags: str
    name: str
    kind: str
    kreis_ags: str | None
    population: int
    phase: int
    latitude: Decimal
    longitude: Decimal

    def to_model(self, kreis_id: int | None) -> Kommune:
        kommune = Kommune(
            ags=self.ags,
            name=self.name,
            kind=self.kind,
            kreis_id=kreis_id,
            population=self.population,
            phase=self.phase,
            description=SYNTHETIC_DESCRIPTION,
            latitude=self.latitude,
            longitude=self.longitude,
        )
        kommune.derive_fields()  # bulk_create skips Kommune.save(), which would do it
        return kommune


def apportion(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Whole-number shares of `total` in proportion to `weights` (largest remainder)."""
    weight_sum = sum(weights.values())
    exact = {key: total * weight / weight_sum for key, weight in weights.items()}
    shares = {key: math.floor(value) for key, value in exact.items()}
    left = total - sum(shares.values())
    for key in sorted(exact, key=lambda k: exact[k] - shares[k], reverse=True)[:left]:
        shares[key] += 1
    return shares


def apportion_capped(total: int, weights: dict[str, float], cap: int) -> dict[str, int]:
    shares = apportion(total, weights)
    while over := [key for key, share in shares.items() if share > cap]:
        excess = sum(shares[key] - cap for key in over)
        for key in over:
            shares[key] = cap
        below = {key: weights[key] for key in weights if shares[key] < cap}
        for key, extra in apportion(excess, below).items():
            shares[key] += extra
    return shares


class NationalPlanner:
    """A deterministic, plausible set of synthetic Kommunen: the same count gives the same
    Kommunen, so a second run finds all of them and adds nothing."""

    def __init__(self, count: int):
        self.count = count
        self.rng = random.Random(count)
        self.names = figures()["namen"]

    def plan(self) -> list[PlannedKommune]:
        laender = figures()["laender"]
        kreise_per_kommune = figures()["kreise_bundesweit"] / figures()["kommunen_bundesweit"]
        kreise_total = max(1, round(self.count * kreise_per_kommune))
        kreise = apportion_capped(
            kreise_total,
            {land: land_figures(land)["kreise"] for land in laender},
            SYNTHETIC_KREISE_PER_LAND,
        )
        landkreise = {land: self.landkreis_count(n) for land, n in kreise.items() if n}
        gemeinden = apportion(
            self.count - kreise_total,
            {land: land_figures(land)["gemeinden"] for land in landkreise},
        )
        planned = []
        for land, n_kreise in kreise.items():
            if n_kreise:
                planned += self.plan_land(land, n_kreise, landkreise[land], gemeinden[land])
        return planned

    @staticmethod
    def landkreis_count(n_kreise: int) -> int:
        # Every Land with Kreise needs at least one Landkreis to hold its Gemeinden.
        n_kreisfreie = round(n_kreise * figures()["anteil_kreisfreie_staedte"])
        return max(1, n_kreise - n_kreisfreie)

    def plan_land(self, land, n_kreise, n_landkreise, n_gemeinden) -> list[PlannedKommune]:
        kreis_prefixes = [
            f"{land}{bezirk}{number:02d}"
            for bezirk in range(10)
            for number in SYNTHETIC_KREIS_NUMBERS
        ][:n_kreise]
        landkreis_prefixes = kreis_prefixes[:n_landkreise]
        per_kreis = apportion(
            n_gemeinden, {prefix: self.rng.uniform(0.5, 1.5) for prefix in landkreis_prefixes}
        )
        planned = []
        for prefix in kreis_prefixes:
            centre = self.random_point(land, margin=0.2)
            if prefix in per_kreis:
                planned += self.plan_landkreis(land, prefix, centre, per_kreis[prefix])
            else:
                planned.append(self.plan_kreisfreie_stadt(prefix, centre))
        return planned

    def plan_landkreis(self, land, prefix, centre, n_gemeinden) -> list[PlannedKommune]:
        kreis_ags = f"{prefix}000"
        gemeinden = [
            self.planned(
                f"{prefix}{number:03d}",
                self.gemeinde_name(),
                None,
                self.gemeinde_population(),
                kreis_ags,
                self.point_near(land, centre),
            )
            for number in range(1, n_gemeinden + 1)
        ]
        # With very small counts a Landkreis may get no Gemeinde; it still has inhabitants.
        population = sum(gemeinde.population for gemeinde in gemeinden) or self.lognormal(
            150_000, 0.4, low=50_000, high=600_000
        )
        kreis = self.planned(
            kreis_ags,
            f"Landkreis {self.base_name()}",
            KommuneType.LANDKREIS,
            population,
            None,
            centre,
        )
        return [kreis, *gemeinden]

    def plan_kreisfreie_stadt(self, prefix, centre) -> PlannedKommune:
        population = self.lognormal(110_000, 0.6, low=35_000, high=900_000)
        return self.planned(
            f"{prefix}000", self.base_name(), KommuneType.KREISFREIE_STADT, population, None, centre
        )

    def planned(self, ags, name, kind, population, kreis_ags, point) -> PlannedKommune:
        if kind is None:
            town = population >= 10_000 or self.rng.random() < 0.08
            kind = KommuneType.STADT if town else KommuneType.GEMEINDE
        phase = self.rng.choices(list(Phase), weights=(35, 35, 20, 10))[0]
        latitude, longitude = point
        return PlannedKommune(ags, name, kind, kreis_ags, population, phase, latitude, longitude)

    def base_name(self) -> str:
        return self.rng.choice(self.names["staemme"]) + self.rng.choice(self.names["endungen"])

    def gemeinde_name(self) -> str:
        name = self.base_name()
        if self.rng.random() >= 0.25:
            return name
        prefix = self.rng.choice(self.names["vorsilben"])
        return prefix + name if prefix.endswith(" ") else prefix + name.lower()

    def gemeinde_population(self) -> int:
        # Most German Gemeinden are small: the median is around 2,000 inhabitants.
        return self.lognormal(2_200, 1.25, low=80, high=250_000)

    def lognormal(self, median, sigma, low, high) -> int:
        return int(min(max(self.rng.lognormvariate(math.log(median), sigma), low), high))

    def random_point(self, land, margin=0.0) -> tuple[Decimal, Decimal]:
        south, north, west, east = land_figures(land)["grenzen"]
        return (
            self.coordinate(self.rng.uniform(south + margin, north - margin)),
            self.coordinate(self.rng.uniform(west + margin, east - margin)),
        )

    def point_near(self, land, centre) -> tuple[Decimal, Decimal]:
        south, north, west, east = land_figures(land)["grenzen"]
        latitude = min(max(float(centre[0]) + self.rng.uniform(-0.25, 0.25), south), north)
        longitude = min(max(float(centre[1]) + self.rng.uniform(-0.25, 0.25), west), east)
        return self.coordinate(latitude), self.coordinate(longitude)

    @staticmethod
    def coordinate(value: float) -> Decimal:
        return Decimal(f"{value:.5f}")


def insert_kommunen(planned: list[PlannedKommune]) -> list[str]:
    """bulk_create the Kommunen not yet in the database; returns the AGS of the new ones."""
    existing = set(Kommune.objects.values_list("ags", flat=True))
    new = [kommune for kommune in planned if kommune.ags not in existing]
    kreise = [kommune for kommune in new if kommune.kreis_ags is None]
    Kommune.objects.bulk_create([k.to_model(None) for k in kreise], batch_size=BATCH_SIZE)
    kreis_ids = dict(
        Kommune.objects.filter(
            ags__in={kommune.kreis_ags for kommune in new if kommune.kreis_ags}
        ).values_list("ags", "id")
    )
    Kommune.objects.bulk_create(
        [k.to_model(kreis_ids[k.kreis_ags]) for k in new if k.kreis_ags],
        batch_size=BATCH_SIZE,
    )
    return [kommune.ags for kommune in new]


def plan_members(new_ags: list[str], rng: random.Random) -> list[tuple[str, dict, str]]:
    """Two or three people in every tenth Kommune: an admin, often a Digitallotse, members."""
    members = []
    for ags in sorted(new_ags)[::10]:
        for number in range(1, rng.choice((2, 3)) + 1):
            first_name = rng.choice(figures()["vornamen"])
            last_name = rng.choice(figures()["nachnamen"])
            if number == 1:
                role = Role.ADMIN
            elif number == 2 and rng.random() < 0.5:
                role = Role.DIGITALLOTSE
            else:
                role = Role.MITGLIED
            email = (
                f"{slugify(first_name)}.{slugify(last_name)}.{ags}-{number}"
                f"@{SYNTHETIC_EMAIL_DOMAIN}"
            )
            person = {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "job_title": rng.choice(figures()["funktionen"]),
            }
            members.append((ags, person, role))
    return members


def insert_members(members: list[tuple[str, dict, str]]) -> int:
    user_model = get_user_model()
    synthetic = user_model.objects.filter(email__endswith=f"@{SYNTHETIC_EMAIL_DOMAIN}")
    existing = set(synthetic.values_list("email", flat=True))
    members = [member for member in members if member[1]["email"] not in existing]
    # Nobody signs in as these people; an unusable password also spares the slow hashing.
    user_model.objects.bulk_create(
        [user_model(password=make_password(None), **person) for _, person, _ in members],
        batch_size=BATCH_SIZE,
    )
    user_ids = dict(synthetic.values_list("email", "id"))
    kommune_ids = dict(Kommune.objects.values_list("ags", "id"))
    # bulk_create sends no post_save signal, so the verified addresses are added here.
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(
                user_id=user_ids[person["email"]],
                email=person["email"],
                verified=True,
                primary=True,
            )
            for _, person, _ in members
        ],
        batch_size=BATCH_SIZE,
    )
    now = timezone.now()
    Membership.objects.bulk_create(
        [
            Membership(
                user_id=user_ids[person["email"]],
                kommune_id=kommune_ids[ags],
                role=role,
                is_primary=True,
                state=MembershipState.CONFIRMED,
                decided_at=now,
            )
            for ags, person, role in members
        ],
        batch_size=BATCH_SIZE,
    )
    return len(members)


def seed_national(count: int) -> tuple[int, int]:
    planner = NationalPlanner(count)
    new_ags = insert_kommunen(planner.plan())
    return len(new_ags), insert_members(plan_members(new_ags, planner.rng))


def seed_national_scale(context: DemoSeedContext) -> None:
    if context.scale != "national":
        return
    started = time.perf_counter()
    new_kommunen, new_people = seed_national(context.national_count)
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    if new_kommunen == 0 and new_people == 0:
        context.write("  Bundesweit:      bereits vorhanden, nichts ergänzt.")
        return
    context.write(
        f"  Bundesweit:      {german_number(new_kommunen)} synthetische Kommunen und "
        f"{german_number(new_people)} Personen mit Mitgliedschaft ergänzt ({seconds} s)."
    )
