"""Every role against every Kommune view, including an admin of another Kommune."""

import pytest
from django.urls import reverse

from core.permissions import has_perm, registered_actions
from network.models import Kommune
from tests.helpers import RolePeople, login_as

pytestmark = pytest.mark.django_db

ROLES = RolePeople.role_names()
LOGIN = "login"

# The Kommune's own admins and the network office manage a Kommune; nobody else.
MANAGERS_ONLY = {
    "besucher": LOGIN,
    "mitglied": 403,
    "digitallotse": 403,
    "kommunen_admin": 200,
    "fremder_admin": 403,
    "redaktion": 403,
    "netzwerkkoordination": 200,
}

# view name -> expected answer per role (HTTP status, or LOGIN for a redirect to the login).
GET_MATRIX = {
    "network:kommune_directory": dict.fromkeys(ROLES, 200),
    "network:kommune_detail": dict.fromkeys(ROLES, 200),
    "network:kommune_edit": MANAGERS_ONLY,
    "network:kommune_members": MANAGERS_ONLY,
}


def _url(view_name, kommune):
    if view_name == "network:kommune_directory":
        return reverse(view_name)
    return reverse(view_name, args=[kommune.ags])


def _assert_answer(response, expected):
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view_name", GET_MATRIX)
def test_get_matrix(client, people, kommune, role, view_name):
    login_as(client, getattr(people, role))
    response = client.get(_url(view_name, kommune))
    _assert_answer(response, GET_MATRIX[view_name][role])


@pytest.mark.parametrize("role", ROLES)
def test_only_own_admin_and_coordination_may_change_the_profile(client, people, kommune, role):
    login_as(client, getattr(people, role))
    response = client.post(
        reverse("network:kommune_edit", args=[kommune.ags]),
        {"population": "23456", "phase": "3", "description": f"Geändert von {role}"},
    )
    kommune.refresh_from_db()
    changed = kommune.description == f"Geändert von {role}"
    expected = GET_MATRIX["network:kommune_edit"][role]
    if expected == 200:
        assert response.status_code == 302
        assert changed
    else:
        _assert_answer(response, expected)
        assert not changed


def test_admin_of_kommune_a_cannot_edit_kommune_b(client, people, other_kommune, kommune):
    """The admin of `kommune` is admin of nothing else: `other_kommune` stays closed."""
    login_as(client, people.kommunen_admin)
    response = client.get(reverse("network:kommune_edit", args=[other_kommune.ags]))
    assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_asking_to_join_needs_an_account(client, people, other_kommune, role):
    login_as(client, getattr(people, role))
    response = client.post(reverse("network:membership_request", args=[other_kommune.ags]))
    if role == "besucher":
        _assert_answer(response, LOGIN)
    else:
        assert response.status_code == 302
        assert response["Location"] == other_kommune.get_absolute_url()


def test_asking_to_join_by_get_is_not_allowed(client, people, kommune):
    login_as(client, people.mitglied)
    response = client.get(reverse("network:membership_request", args=[kommune.ags]))
    assert response.status_code == 405


def test_lotsen_names_are_for_signed_in_members_only(client, people, kommune):
    name = people.digitallotse.get_full_name()
    assert name not in client.get(kommune.get_absolute_url()).content.decode()
    login_as(client, people.mitglied)
    assert name in client.get(kommune.get_absolute_url()).content.decode()


def test_profile_html_shows_no_email_addresses(client, people, kommune):
    html = client.get(kommune.get_absolute_url()).content.decode()
    assert "@kommune.example" not in html


def test_edit_strips_markup_from_the_description(client, people, kommune):
    login_as(client, people.kommunen_admin)
    client.post(
        reverse("network:kommune_edit", args=[kommune.ags]),
        {"phase": "2", "description": "<script>alert(1)</script>Wir digitalisieren."},
    )
    kommune.refresh_from_db()
    assert "<script>" not in kommune.description
    assert kommune.description.endswith("Wir digitalisieren.")


def test_invalid_edit_keeps_what_was_typed_and_explains_in_german(client, people, kommune):
    login_as(client, people.kommunen_admin)
    response = client.post(
        reverse("network:kommune_edit", args=[kommune.ags]),
        {"phase": "2", "description": "Unser Profiltext", "latitude": "99"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Unser Profiltext" in html
    assert "kleiner oder gleich 55.1" in html
    kommune.refresh_from_db()
    assert kommune.description != "Unser Profiltext"


ANONYMOUS_MAY = {
    "kommune.view",
    "kommune.list",
    "invitation.view",
    "search.use",
    # Published case studies are public: comparing them, their feeds and their API.
    "bestpractice.view",
    "bestpractice.compare",
    "bestpractice.feed",
    "bestpractice.api",
    # The course catalogue, course overviews and certificate verification are public.
    "learning.view_catalogue",
    "learning.view_course",
    "learning.verify_certificate",
}


def test_anonymous_visitors_may_only_view(kommune, people):
    """Every registered rule, asked for a visitor: only public reading is allowed."""
    from django.contrib.auth.models import AnonymousUser

    from network.models import Invitation, Membership

    samples = {
        "kommune": kommune,
        "membership": Membership.objects.get(user=people.mitglied),
        "invitation": Invitation(kommune=kommune, email="neu@musterstadt.example"),
    }
    for action in registered_actions():
        # Rules of the other apps refuse visitors before they look at the object.
        obj = samples.get(action.split(".")[0])
        assert has_perm(AnonymousUser(), action, obj) == (action in ANONYMOUS_MAY), action


def test_unknown_action_is_an_error_not_a_silent_no():
    with pytest.raises(LookupError):
        has_perm(None, "kommune.fly", Kommune())


def test_a_lotse_without_name_is_never_shown_by_e_mail_address(client, people, kommune):
    people.digitallotse.first_name = people.digitallotse.last_name = ""
    people.digitallotse.save()
    login_as(client, people.fremder_admin)
    html = client.get(kommune.get_absolute_url()).content.decode()
    assert people.digitallotse.email not in html
    assert "Name nicht angegeben" in html
