"""Every kind of page the portal has so far passes axe-core's WCAG 2.1 A and AA rules."""

import pytest
from django.utils.translation import gettext as _
from playwright.sync_api import expect

from core.factories import UserFactory
from network import services
from network.factories import KommuneFactory, MembershipFactory
from network.models import KommuneType, MembershipState, Role
from tests.e2e.helpers import assert_no_axe_violations
from tests.helpers import give_totp


def test_home_page_anonymous(axe_page):
    axe_page.goto("/")

    expect(axe_page.get_by_role("link", name=_("Jetzt registrieren"))).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_home_page_signed_in(axe_page, sign_in, people, kommune):
    # An open request and an empty description give the admin both "next step" cards.
    MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED, is_primary=False)
    sign_in(axe_page, people.kommunen_admin)

    axe_page.goto("/")

    expect(axe_page.get_by_role("heading", name=_("Ihre nächsten Schritte"))).to_be_visible()
    assert_no_axe_violations(axe_page)


@pytest.fixture
def directory(kommune, other_kommune):
    """More Kommunen than fit on one page, so that the pagination is audited as well."""
    kreis = KommuneFactory(name="Landkreis Beispiel", ags="12069000", kind=KommuneType.LANDKREIS)
    for number in range(1, 31):
        KommuneFactory(ags=f"12069{number:03d}", kreis=kreis, population=4_000)
    kommune.kreis = kreis
    kommune.save()
    return kreis


def test_kommune_directory(axe_page, directory):
    axe_page.goto("/kommunen/")

    expect(axe_page.get_by_role("link", name=_("Nächste Seite"))).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_kommune_directory_after_filtering(axe_page, directory, other_kommune):
    axe_page.goto("/kommunen/")

    axe_page.get_by_label(_("Land")).select_option(label="Schleswig-Holstein")
    axe_page.get_by_role("button", name=_("Filtern")).click()

    results = axe_page.locator("#kommune-results tbody")
    expect(results.get_by_role("link")).to_have_text([other_kommune.name])
    assert_no_axe_violations(axe_page)


@pytest.mark.parametrize("viewer", ["besucher", "kommunen_admin"])
def test_kommune_profile(axe_page, sign_in, people, kommune, directory, viewer):
    # Description, website, Landkreis and Digitallotsen: every section the profile can show.
    kommune.description = "Wir digitalisieren das Bürgerbüro.\nMitmachen erwünscht!"
    kommune.website = "https://musterstadt.example"
    kommune.save()
    if viewer != "besucher":
        sign_in(axe_page, getattr(people, viewer))

    axe_page.goto(directory.get_absolute_url())
    assert_no_axe_violations(axe_page)

    axe_page.goto(kommune.get_absolute_url())
    expect(axe_page.get_by_role("heading", level=1)).to_have_text(kommune.name)
    assert_no_axe_violations(axe_page)


def test_not_found_page(axe_page):
    response = axe_page.goto("/gibt-es-nicht/")

    assert response.status == 404
    expect(axe_page.get_by_role("heading", level=1)).to_have_text(_("Seite nicht gefunden"))
    assert_no_axe_violations(axe_page)


def test_login_page(axe_page):
    axe_page.goto("/konto/login/")

    expect(axe_page.locator("input[name=password]")).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_signup_page(axe_page):
    axe_page.goto("/konto/signup/")

    expect(axe_page.locator("input[name=password2]")).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_signup_page_after_failed_submit(axe_page):
    axe_page.goto("/konto/signup/")
    # Valid as far as the browser can tell, so that the server's errors are what is audited.
    axe_page.locator("input[name=first_name]").fill("Erika")
    axe_page.locator("input[name=last_name]").fill("Mustermann")
    axe_page.locator("input[name=email]").fill("erika@kommune.example")
    axe_page.locator("input[name=password1]").fill("Kommune-Passwort-2026")
    axe_page.locator("input[name=password2]").fill("Kommune-Passwort-2027")
    axe_page.locator("input[name=privacy_consent]").check()

    axe_page.locator("input[name=password2]").press("Enter")

    expect(axe_page.locator("main")).to_contain_text(
        _("You must type the same password each time.")
    )
    assert_no_axe_violations(axe_page)


def test_kommune_edit_page(axe_page, sign_in, people, kommune):
    sign_in(axe_page, people.kommunen_admin)

    axe_page.goto(f"{kommune.get_absolute_url()}bearbeiten/")

    expect(axe_page.get_by_label(_("Kurzbeschreibung"))).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_kommune_edit_page_with_errors(axe_page, sign_in, people, kommune):
    sign_in(axe_page, people.kommunen_admin)
    axe_page.goto(f"{kommune.get_absolute_url()}bearbeiten/")

    axe_page.get_by_label(_("Breitengrad")).fill("99")
    axe_page.get_by_label(_("Website")).fill("kein link")
    axe_page.get_by_role("button", name=_("Speichern")).click()

    expect(axe_page.get_by_label(_("Breitengrad"))).to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(axe_page)


def test_member_management_page(axe_page, sign_in, people, kommune):
    MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED, is_primary=False)
    MembershipFactory(kommune=kommune, role=Role.MITGLIED, is_primary=False)
    sign_in(axe_page, people.kommunen_admin)

    axe_page.goto(f"{kommune.get_absolute_url()}mitglieder/")

    expect(axe_page.get_by_role("heading", name=_("Offene Anfragen"))).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_member_management_page_with_open_invitation(axe_page, sign_in, people, kommune):
    services.invite_member(kommune, "neu@musterstadt.example", Role.MITGLIED, people.kommunen_admin)
    sign_in(axe_page, people.kommunen_admin)

    axe_page.goto(f"{kommune.get_absolute_url()}mitglieder/")

    expect(axe_page.get_by_role("heading", name=_("Offene Einladungen"))).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_invitation_page_for_the_invited_person(axe_page, sign_in, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.DIGITALLOTSE, people.kommunen_admin
    )
    sign_in(axe_page, UserFactory(email="neu@musterstadt.example"))

    axe_page.goto(invitation.get_absolute_url())

    expect(axe_page.get_by_role("button", name=_("Einladung annehmen"))).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_invitation_page_for_a_visitor(axe_page, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.DIGITALLOTSE, people.kommunen_admin
    )

    axe_page.goto(invitation.get_absolute_url())

    expect(axe_page.get_by_role("link", name=_("Registrieren")).last).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_coordination_queue(axe_page, sign_in, people, kommune):
    MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED, is_primary=False)
    MembershipFactory(kommune=KommuneFactory(name="Ohneadmin"), state=MembershipState.REQUESTED)
    give_totp(people.netzwerkkoordination)  # coordination needs MFA to get anywhere
    sign_in(axe_page, people.netzwerkkoordination)

    axe_page.goto("/kommunen/anfragen/")

    expect(axe_page.get_by_role("heading", name=_("Offene Beitrittsanfragen"))).to_be_visible()
    assert_no_axe_violations(axe_page)
