from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail import hooks
from wagtail.models import Revision

from core import plugins
from core.permissions import NETZWERKKOORDINATION, REDAKTION
from demo.accounts import demo_emails, demo_password, demo_people
from demo.kommunen import real_kommunen
from demo.national import SYNTHETIC_EMAIL_DOMAIN, SYNTHETIC_KREIS_NUMBERS
from network.ags import validate_ags
from network.models import (
    Kommune,
    KommuneType,
    Membership,
    MembershipState,
    Role,
    size_class_for,
)
from portal.models import FooterLinks, StandardPage

User = get_user_model()
DEMO_EMAILS = demo_emails()
DEMO_PASSWORD = demo_password()
REAL_AGS = [kommune["ags"] for kommune in real_kommunen()]


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def demo_logins() -> str:
    out = StringIO()
    call_command("demo_logins", stdout=out)
    return out.getvalue()


def database_state() -> dict:
    """Row counts and the newest change, to prove that a second run writes nothing."""
    return {
        "kommunen": Kommune.objects.count(),
        "kommunen_changed": max(Kommune.objects.values_list("updated_at", flat=True)),
        "users": User.objects.count(),
        "passwords": sorted(User.objects.values_list("password", flat=True)),
        "addresses": EmailAddress.objects.count(),
        "memberships": sorted(Membership.objects.values_list("pk", "role", "state", "is_primary")),
        "pages": StandardPage.objects.count(),
        "revisions": Revision.objects.count(),
    }


def spec_for(role: str) -> dict:
    """The first demo account holding `role` (a membership role or a staff group)."""
    for spec in demo_people():
        confirmed = [m for m in spec["mitgliedschaften"] if m["stand"] == MembershipState.CONFIRMED]
        if role in spec["gruppen"] or any(m["rolle"] == role for m in confirmed):
            return spec
    raise LookupError(role)


# --- The data itself ---------------------------------------------------------------------


def test_every_demo_ags_is_valid_and_unique():
    for ags in REAL_AGS:
        validate_ags(ags)
    assert len(REAL_AGS) == len(set(REAL_AGS))


def test_every_gemeinde_lies_in_its_kreis_and_the_kreis_comes_first():
    seen_kreise = set()
    for kommune in real_kommunen():
        ags, kreis_ags = kommune["ags"], kommune["kreis"]
        if kommune["art"] == KommuneType.LANDKREIS:
            assert ags.endswith("000")
            seen_kreise.add(ags)
        if kreis_ags:
            assert kreis_ags in seen_kreise
            assert ags[:5] == kreis_ags[:5]


def test_no_real_kommune_uses_the_synthetic_kreis_numbers():
    for ags in REAL_AGS:
        assert int(ags[3:5]) not in SYNTHETIC_KREIS_NUMBERS


# --- Registered seeders ------------------------------------------------------------------


@pytest.mark.django_db
def test_seed_runs_a_seeder_another_app_registers_in_its_order():
    asked = []

    def seed_more(context):
        asked.append(context.scale)
        context.write("  Weitere Inhalte: angelegt")

    with hooks.register_temporarily(plugins.DEMO_SEEDERS, seed_more, order=60):
        output = seed()

    lines = output.splitlines()
    assert asked == ["demo"]
    assert lines.index("  Weitere Inhalte: angelegt") == len(lines) - 2
    assert lines[-3].startswith("  Lernen:")


@pytest.mark.django_db
def test_a_registered_seeder_learns_the_national_scale():
    asked = []

    with hooks.register_temporarily(
        plugins.DEMO_SEEDERS, lambda context: asked.append(context.scale), order=60
    ):
        seed("--scale", "national", "--count", "10")

    assert asked == ["national"]


# --- Kommunen ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_seed_creates_real_kommunen_from_many_laender():
    seed()

    assert Kommune.objects.count() >= 40
    assert Kommune.objects.values("land").distinct().count() >= 8


@pytest.mark.django_db
def test_potsdam_mittelmark_holds_its_gemeinden():
    seed()

    kreis = Kommune.objects.get(ags="12069000")
    gemeinden = set(kreis.gemeinden.values_list("ags", flat=True))
    assert kreis.kind == KommuneType.LANDKREIS
    assert {"12069656", "12069616", "12069304", "12069604", "12069397"} <= gemeinden
    assert all(ags.startswith("12069") for ags in gemeinden)


@pytest.mark.django_db
def test_luebeck_is_a_kreisfreie_stadt_in_schleswig_holstein():
    seed()

    luebeck = Kommune.objects.get(ags="01003000")
    assert luebeck.name == "Hansestadt Lübeck"
    assert luebeck.kind == KommuneType.KREISFREIE_STADT
    assert luebeck.kreis is None
    assert luebeck.land_name == "Schleswig-Holstein"


@pytest.mark.django_db
def test_running_seed_twice_changes_nothing():
    seed()
    before = database_state()

    output = seed()

    assert database_state() == before
    assert "neu: 0, geändert: 0" in output


# --- Demo accounts -----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role", [Role.MITGLIED, Role.DIGITALLOTSE, Role.ADMIN, REDAKTION, NETZWERKKOORDINATION]
)
def test_every_role_has_a_demo_user_who_can_sign_in(role):
    seed()
    spec = spec_for(role)

    user = authenticate(email=spec["email"], password=DEMO_PASSWORD)

    assert user is not None
    assert user.email == spec["email"]
    assert not user.is_superuser


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.MITGLIED, Role.DIGITALLOTSE, Role.ADMIN])
def test_demo_member_roles_are_confirmed_memberships(role):
    seed()
    spec = spec_for(role)

    membership = Membership.objects.get(user__email=spec["email"], role=role)

    assert membership.is_confirmed


@pytest.mark.django_db
@pytest.mark.parametrize("group", [REDAKTION, NETZWERKKOORDINATION])
def test_staff_demo_users_are_in_their_group(group):
    seed()

    user = User.objects.get(email=spec_for(group)["email"])

    assert list(user.groups.values_list("name", flat=True)) == [group]


@pytest.mark.django_db
def test_demo_user_signs_in_through_the_login(client):
    seed()

    assert client.login(email="mitglied@demo.example", password=DEMO_PASSWORD)


@pytest.mark.django_db
def test_digitallotsen_work_in_several_kommunen():
    seed()

    lotsen = Membership.objects.confirmed().filter(
        role=Role.DIGITALLOTSE, user__email__in=DEMO_EMAILS
    )

    assert lotsen.values("kommune").distinct().count() >= 4


@pytest.mark.django_db
def test_admin_of_werder_has_a_request_to_decide():
    seed()
    werder = Kommune.objects.get(ags="12069656")

    pending = Membership.objects.requested().filter(kommune=werder)

    assert (
        Membership.objects.confirmed()
        .filter(kommune=werder, role=Role.ADMIN, user__email="admin.werder@demo.example")
        .exists()
    )
    assert [m.user.email for m in pending] == ["anfrage@demo.example"]


@pytest.mark.django_db
def test_a_decided_request_stays_decided_on_the_next_run():
    seed()
    request = Membership.objects.get(user__email="anfrage@demo.example")
    request.state = MembershipState.CONFIRMED
    request.save()

    seed()

    request.refresh_from_db()
    assert request.state == MembershipState.CONFIRMED


@pytest.mark.django_db
def test_no_demo_users_where_they_are_not_allowed(settings):
    settings.DEMO_USERS_ALLOWED = False

    output = seed()

    assert not User.objects.filter(email__in=DEMO_EMAILS).exists()
    assert "Demo-Zugänge:    übersprungen" in output
    assert Kommune.objects.filter(ags="12069656").exists()


# --- demo_logins -------------------------------------------------------------------------


@pytest.mark.django_db
def test_demo_logins_lists_every_account_with_its_password():
    seed()

    output = demo_logins()

    for email in DEMO_EMAILS:
        line = next(line for line in output.splitlines() if email in line)
        assert DEMO_PASSWORD in line
    assert "Kommunen-Admin – Werder (Havel)" in output
    assert "Beitrittsanfrage an Werder (Havel) (offen)" in output
    assert "TOTP" in output


@pytest.mark.django_db
def test_demo_logins_shows_nothing_where_demo_users_are_not_allowed(settings):
    seed()
    settings.DEMO_USERS_ALLOWED = False

    output = demo_logins()

    assert DEMO_PASSWORD not in output
    assert output.strip() == "In dieser Umgebung gibt es keine Demo-Zugänge."


# --- Pages -------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "slug, title",
    [
        ("impressum", "Impressum"),
        ("datenschutz", "Datenschutz"),
        ("barrierefreiheit", "Erklärung zur Barrierefreiheit"),
        ("leichte-sprache", "Leichte Sprache"),
    ],
)
def test_content_pages_are_published_below_the_home_page(client, slug, title):
    seed()

    page = StandardPage.objects.get(slug=slug)
    response = client.get(page.url)

    assert page.live and not page.has_unpublished_changes
    assert page.get_parent().specific_class.__name__ == "HomePage"
    assert f'<h1 class="kern-heading-x-large">{title}</h1>' in response.content.decode()


@pytest.mark.django_db
def test_footer_of_the_home_page_links_the_legal_pages(client):
    seed()

    html = client.get("/").content.decode()

    for slug in ("impressum", "datenschutz", "barrierefreiheit"):
        assert f'href="/{slug}/"' in html


@pytest.mark.django_db
def test_footer_link_chosen_by_an_editor_survives_a_new_run():
    seed()
    footer = FooterLinks.objects.get()
    footer.privacy = StandardPage.objects.get(slug="leichte-sprache")
    footer.save()

    seed()

    footer.refresh_from_db()
    assert footer.privacy.slug == "leichte-sprache"


@pytest.mark.django_db
def test_page_text_changed_by_an_editor_survives_a_new_run():
    seed()
    page = StandardPage.objects.get(slug="impressum")
    page.title = "Impressum der Geschäftsstelle"
    page.save_revision().publish()

    seed()

    assert StandardPage.objects.get(slug="impressum").title == "Impressum der Geschäftsstelle"


# --- National scale ----------------------------------------------------------------------


def synthetic_kommunen():
    return Kommune.objects.exclude(ags__in=REAL_AGS)


@pytest.mark.django_db
def test_national_scale_adds_the_requested_number_of_kommunen():
    seed("--scale", "national", "--count", "500")

    assert synthetic_kommunen().count() == 500
    assert Kommune.objects.count() == 500 + len(REAL_AGS)


@pytest.mark.django_db
def test_national_kommunen_have_valid_keys_and_derived_fields():
    seed("--scale", "national", "--count", "500")

    for kommune in synthetic_kommunen().select_related("kreis"):
        validate_ags(kommune.ags)
        assert kommune.land == kommune.ags[:2]
        assert kommune.size_class == size_class_for(kommune.population)
        if kommune.kind in (KommuneType.LANDKREIS, KommuneType.KREISFREIE_STADT):
            assert kommune.ags.endswith("000") and kommune.kreis is None
        else:
            assert kommune.kreis.ags[:5] == kommune.ags[:5]


@pytest.mark.django_db
def test_national_kommunen_spread_over_the_laender():
    seed("--scale", "national", "--count", "500")

    kinds = set(synthetic_kommunen().values_list("kind", flat=True))
    assert synthetic_kommunen().values("land").distinct().count() >= 8
    assert {KommuneType.LANDKREIS, KommuneType.GEMEINDE} <= kinds


@pytest.mark.django_db
def test_national_members_have_verified_addresses_and_no_usable_password():
    seed("--scale", "national", "--count", "500")

    people = User.objects.filter(email__endswith=f"@{SYNTHETIC_EMAIL_DOMAIN}")
    verified = EmailAddress.objects.filter(user__in=people, verified=True, primary=True)

    assert 90 <= people.count() <= 160
    assert verified.count() == people.count()
    assert not any(person.has_usable_password() for person in people)
    assert Membership.objects.confirmed().filter(user__in=people).count() == people.count()
    assert Membership.objects.filter(user__in=people, role=Role.DIGITALLOTSE).exists()


@pytest.mark.django_db
def test_running_national_scale_twice_changes_nothing():
    seed("--scale", "national", "--count", "500")
    before = database_state()

    output = seed("--scale", "national", "--count", "500")

    assert database_state() == before
    assert "bereits vorhanden" in output


@pytest.mark.django_db
def test_national_scale_rejects_an_absurd_count():
    with pytest.raises(CommandError):
        seed("--scale", "national", "--count", "0")


def test_national_scale_is_refused_outside_development(settings, db):
    from django.core.management import CommandError, call_command

    settings.DEMO_USERS_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("seed_demo", "--scale", "national", "--count", "10")
