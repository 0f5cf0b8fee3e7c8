"""The profile page: one's own name and memberships."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from network.factories import MembershipFactory
from network.models import MembershipState
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(reverse("portal:profile"))

    assert response.status_code == 302
    assert response.url == "/konto/login/?next=/konto/profil/"


def test_signed_in_person_changes_their_name(client, people):
    login_as(client, people.mitglied)

    response = client.post(
        reverse("portal:profile"),
        {"first_name": "Johanna", "last_name": "Neumann", "job_title": "Digitallotsin"},
        follow=True,
    )

    people.mitglied.refresh_from_db()
    assert (people.mitglied.first_name, people.mitglied.last_name) == ("Johanna", "Neumann")
    assert people.mitglied.job_title == "Digitallotsin"
    assert _("Ihr Profil wurde gespeichert.") in response.content.decode()


def test_profile_lists_the_memberships_with_role_and_state(client, people, other_kommune):
    MembershipFactory(
        user=people.kommunen_admin,
        kommune=other_kommune,
        state=MembershipState.REQUESTED,
        is_primary=False,
    )
    login_as(client, people.kommunen_admin)

    response = client.get(reverse("portal:profile"))

    page = response.content.decode()
    assert "Musterstadt</a> – Kommunen-Admin, " + str(MembershipState.CONFIRMED.label) in page
    assert "Andersdorf</a> – Mitglied, " + str(MembershipState.REQUESTED.label) in page


def test_profile_fields_identify_their_purpose_for_autofill(client, people):
    # WCAG 2.1 AA, 1.3.5: fields asking for the person's own data say what they ask for.
    login_as(client, people.mitglied)

    page = client.get(reverse("portal:profile")).content.decode()

    assert 'autocomplete="given-name"' in page
    assert 'autocomplete="family-name"' in page
    assert 'autocomplete="organization-title"' in page


def test_the_name_cannot_be_cleared(client, people):
    login_as(client, people.mitglied)
    response = client.post(
        reverse("portal:profile"), {"first_name": "", "last_name": "", "job_title": ""}
    )
    assert response.status_code == 200
    people.mitglied.refresh_from_db()
    assert people.mitglied.first_name
