"""`manage.py seed_demo`: the demo network for development, tests and demonstrations.

Idempotent: every row is looked up by its natural key (AGS, e-mail address, slug) and only
written when something differs, so a second run leaves the database exactly as it was.
`--scale national` adds some 10,800 synthetic Kommunen for load tests.
"""

import math
import random
import time
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from bestpractice.demo import seed_case_studies
from learning.demo import seed_learning
from network import demo_data
from network.models import (
    Kommune,
    KommuneType,
    Membership,
    MembershipState,
    Phase,
    Role,
)
from portal.models import FooterLinks, HomePage, StandardPage

CREATED, UPDATED, UNCHANGED = "neu", "geändert", "unverändert"

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


def german_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


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


# --- The real Kommunen -------------------------------------------------------------------


def seed_kommunen() -> tuple[dict[str, Kommune], Counter]:
    kommunen: dict[str, Kommune] = {}
    tally: Counter = Counter()
    for (
        ags,
        name,
        kind,
        kreis_ags,
        population,
        phase,
        website,
        latitude,
        longitude,
        description,
    ) in demo_data.KOMMUNEN:
        kommune, status = sync(
            Kommune,
            {"ags": ags},
            {
                "name": name,
                "kind": kind,
                "kreis_id": kommunen[kreis_ags].pk if kreis_ags else None,
                "population": population,
                "phase": phase,
                "website": website,
                "description": description,
                "latitude": Decimal(latitude),
                "longitude": Decimal(longitude),
            },
        )
        kommunen[ags] = kommune
        tally[status] += 1
    return kommunen, tally


# --- Demo accounts -----------------------------------------------------------------------


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


def seed_demo_user(spec: dict, kommunen: dict[str, Kommune]) -> str:
    user, status = sync(
        get_user_model(),
        {"email": spec["email"]},
        {
            "first_name": spec["first_name"],
            "last_name": spec["last_name"],
            "job_title": spec["job_title"],
            "is_active": True,
        },
    )
    if not user.check_password(demo_data.DEMO_PASSWORD):
        user.set_password(demo_data.DEMO_PASSWORD)
        user.save(update_fields=["password"])
        if status == UNCHANGED:
            status = UPDATED
    ensure_verified_address(user)
    for name in spec["groups"]:
        user.groups.add(Group.objects.get(name=name))
    for index, (ags, role, state) in enumerate(spec["memberships"]):
        seed_membership(user, kommunen[ags], role, state, is_primary=index == 0)
    return status


def seed_demo_users(kommunen: dict[str, Kommune]) -> Counter:
    return Counter(seed_demo_user(spec, kommunen) for spec in demo_data.DEMO_USERS)


# --- Content pages and footer links ------------------------------------------------------


def default_site_and_home() -> tuple[Site, HomePage]:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page.specific if site else None
    if not isinstance(home, HomePage):
        raise CommandError(
            "Die Startseite fehlt. Bitte zuerst „manage.py migrate“ ausführen; die Migrationen "
            "legen sie an."
        )
    return site, home


def seed_content_pages(home: HomePage) -> tuple[dict[str, StandardPage], Counter]:
    pages: dict[str, StandardPage] = {}
    tally: Counter = Counter()
    for slug, title, introduction, body in demo_data.CONTENT_PAGES:
        page = home.get_children().filter(slug=slug).first()
        if page is None:
            page = StandardPage(title=title, slug=slug, introduction=introduction, body=body)
            home.add_child(instance=page)
            page.save_revision().publish()
            tally[CREATED] += 1
        else:
            # Once the page exists the editors own its text; a new run must not overwrite it.
            tally[UNCHANGED] += 1
        pages[slug] = page
    return pages, tally


def seed_footer_links(site: Site, pages: dict[str, StandardPage]) -> str:
    """Fill the footer links that are still empty; links an editor chose stay as they are."""
    footer = FooterLinks.for_site(site)
    missing = [field for field in demo_data.FOOTER_LINKS if getattr(footer, f"{field}_id") is None]
    if not missing:
        return UNCHANGED
    for field in missing:
        setattr(footer, field, pages[demo_data.FOOTER_LINKS[field]])
    footer.save(update_fields=missing)
    return UPDATED


# --- The national scale ------------------------------------------------------------------


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

    def plan(self) -> list[PlannedKommune]:
        kreise_total = max(1, round(self.count * demo_data.NATIONAL_KREISE_PER_KOMMUNEN))
        kreise = apportion_capped(
            kreise_total,
            {land: kreise for land, (kreise, _) in demo_data.NATIONAL_LAND_SHARES.items()},
            SYNTHETIC_KREISE_PER_LAND,
        )
        landkreise = {land: self.landkreis_count(n) for land, n in kreise.items() if n}
        gemeinden = apportion(
            self.count - kreise_total,
            {land: demo_data.NATIONAL_LAND_SHARES[land][1] for land in landkreise},
        )
        planned = []
        for land, n_kreise in kreise.items():
            if n_kreise:
                planned += self.plan_land(land, n_kreise, landkreise[land], gemeinden[land])
        return planned

    @staticmethod
    def landkreis_count(n_kreise: int) -> int:
        # Every Land with Kreise needs at least one Landkreis to hold its Gemeinden.
        n_kreisfreie = round(n_kreise * demo_data.NATIONAL_SHARE_KREISFREIE_STAEDTE)
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
        return self.rng.choice(demo_data.NAME_STEMS) + self.rng.choice(demo_data.NAME_SUFFIXES)

    def gemeinde_name(self) -> str:
        name = self.base_name()
        if self.rng.random() >= 0.25:
            return name
        prefix = self.rng.choice(demo_data.NAME_PREFIXES)
        return prefix + name if prefix.endswith(" ") else prefix + name.lower()

    def gemeinde_population(self) -> int:
        # Most German Gemeinden are small: the median is around 2,000 inhabitants.
        return self.lognormal(2_200, 1.25, low=80, high=250_000)

    def lognormal(self, median, sigma, low, high) -> int:
        return int(min(max(self.rng.lognormvariate(math.log(median), sigma), low), high))

    def random_point(self, land, margin=0.0) -> tuple[Decimal, Decimal]:
        south, north, west, east = demo_data.LAND_BOUNDS[land]
        return (
            self.coordinate(self.rng.uniform(south + margin, north - margin)),
            self.coordinate(self.rng.uniform(west + margin, east - margin)),
        )

    def point_near(self, land, centre) -> tuple[Decimal, Decimal]:
        south, north, west, east = demo_data.LAND_BOUNDS[land]
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
            first_name = rng.choice(demo_data.FIRST_NAMES)
            last_name = rng.choice(demo_data.LAST_NAMES)
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
                "job_title": rng.choice(demo_data.JOB_TITLES),
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


# --- The command -------------------------------------------------------------------------


def describe(tally: Counter) -> str:
    total = german_number(sum(tally.values()))
    parts = ", ".join(f"{status}: {tally[status]}" for status in (CREATED, UPDATED, UNCHANGED))
    return f"{total} ({parts})"


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
        if scale == "national" and not getattr(settings, "DEMO_USERS_ALLOWED", False):
            # Synthetic Kommunen and people belong on benchmark machines, never among real ones.
            raise CommandError(
                "--scale national ist nur in Entwicklungs- und Testumgebungen erlaubt."
            )
        kommunen, kommunen_tally = seed_kommunen()
        laender = len({ags[:2] for ags in kommunen})
        self.stdout.write("Demo-Netzwerk „Netzwerk Digitale Kommune“")
        self.stdout.write(f"  Kommunen:        {describe(kommunen_tally)} aus {laender} Ländern")
        self.seed_accounts(kommunen)
        site, home = default_site_and_home()
        pages, pages_tally = seed_content_pages(home)
        self.stdout.write(f"  Inhaltsseiten:   {describe(pages_tally)}")
        footer = seed_footer_links(site, pages)
        footer_text = "ergänzt" if footer == UPDATED else "bereits gesetzt"
        self.stdout.write(f"  Fußzeilen-Links: {footer_text}")
        self.stdout.write(f"  Praxisbeispiele: {describe(seed_case_studies(home))}")
        self.stdout.write(f"  Lernen:          {describe(seed_learning(home))}")
        if scale == "national":
            self.seed_national_scale(count)
        self.stdout.write(self.style.SUCCESS("Fertig."))

    def seed_accounts(self, kommunen):
        if not getattr(settings, "DEMO_USERS_ALLOWED", False):
            self.stdout.write(
                "  Demo-Zugänge:    übersprungen – in dieser Umgebung sind Zugänge mit "
                "bekanntem Passwort nicht erlaubt (DEMO_USERS_ALLOWED)."
            )
            return
        self.stdout.write(f"  Demo-Zugänge:    {describe(seed_demo_users(kommunen))}")
        self.stdout.write(
            "  Redaktion und Netzwerkkoordination richten bei der ersten Anmeldung die "
            "Zwei-Faktor-Anmeldung (TOTP) ein; das Portal verlangt sie für diese Rollen."
        )
        self.stdout.write("  Zugänge und Passwort zeigt „manage.py demo_logins“.")

    def seed_national_scale(self, count):
        started = time.perf_counter()
        new_kommunen, new_people = seed_national(count)
        seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
        if new_kommunen == 0 and new_people == 0:
            self.stdout.write("  Bundesweit:      bereits vorhanden, nichts ergänzt.")
            return
        self.stdout.write(
            f"  Bundesweit:      {german_number(new_kommunen)} synthetische Kommunen und "
            f"{german_number(new_people)} Personen mit Mitgliedschaft ergänzt ({seconds} s)."
        )
