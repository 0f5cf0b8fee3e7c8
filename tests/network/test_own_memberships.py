"""A person's own memberships: choose the primary one, leave, withdraw a request."""

import pytest
from django.urls import reverse

from core.factories import UserFactory
from network.factories import MembershipFactory
from network.models import Membership, MembershipState, Role
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(kommune, other_kommune):
    user = UserFactory()
    MembershipFactory(user=user, kommune=kommune, is_primary=True)
    MembershipFactory(user=user, kommune=other_kommune, is_primary=False)
    return user


def test_person_chooses_another_primary_membership(client, person, other_kommune):
    second = Membership.objects.get(user=person, kommune=other_kommune)
    login_as(client, person)
    client.post(reverse("network:membership_make_primary", args=[second.pk]))
    primaries = Membership.objects.filter(user=person, is_primary=True)
    assert list(primaries.values_list("kommune__name", flat=True)) == ["Andersdorf"]


def test_person_leaves_a_kommune_and_the_other_becomes_primary(client, person, kommune):
    first = Membership.objects.get(user=person, kommune=kommune)
    login_as(client, person)
    client.post(reverse("network:membership_leave", args=[first.pk]))
    remaining = Membership.objects.get(user=person)
    assert remaining.kommune.name == "Andersdorf"
    assert remaining.is_primary


def test_person_withdraws_a_pending_request(client, kommune):
    pending = MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED)
    login_as(client, pending.user)
    client.post(reverse("network:membership_leave", args=[pending.pk]))
    assert not Membership.objects.filter(pk=pending.pk).exists()


def test_sole_admin_cannot_leave(client, kommune):
    admin = MembershipFactory(kommune=kommune, role=Role.ADMIN)
    login_as(client, admin.user)
    response = client.post(reverse("network:membership_leave", args=[admin.pk]), follow=True)
    assert Membership.objects.filter(pk=admin.pk).exists()
    assert "einzige Person mit der Rolle Kommunen-Admin" in response.content.decode()


@pytest.mark.parametrize("view", ["network:membership_leave", "network:membership_make_primary"])
def test_nobody_changes_someone_elses_membership(client, people, kommune, other_kommune, view):
    """Someone else's membership is "not found": its id reveals nothing and changes nothing."""
    victim = Membership.objects.get(user=people.mitglied)
    MembershipFactory(user=people.mitglied, kommune=other_kommune, is_primary=False)
    for intruder in (people.digitallotse, people.kommunen_admin, people.netzwerkkoordination):
        login_as(client, intruder)
        assert client.post(reverse(view, args=[victim.pk])).status_code == 404
    victim.refresh_from_db()
    assert victim.is_primary
    assert victim.is_confirmed


def test_a_pending_request_cannot_become_primary(client, kommune, other_kommune):
    person = UserFactory()
    MembershipFactory(user=person, kommune=kommune, is_primary=True)
    pending = MembershipFactory(
        user=person, kommune=other_kommune, is_primary=False, state=MembershipState.REQUESTED
    )
    login_as(client, person)
    response = client.post(
        reverse("network:membership_make_primary", args=[pending.pk]), follow=True
    )
    pending.refresh_from_db()
    assert not pending.is_primary
    assert "Nur eine bestätigte Mitgliedschaft" in response.content.decode()


def test_leaving_promotes_a_confirmed_membership_over_a_pending_request(client, kommune):
    from network.factories import KommuneFactory

    person = UserFactory()
    first = MembershipFactory(user=person, kommune=kommune, is_primary=True)
    MembershipFactory(
        user=person,
        kommune=KommuneFactory(),
        is_primary=False,
        state=MembershipState.REQUESTED,
    )
    confirmed = MembershipFactory(user=person, kommune=KommuneFactory(), is_primary=False)
    login_as(client, person)
    client.post(reverse("network:membership_leave", args=[first.pk]))
    confirmed.refresh_from_db()
    assert confirmed.is_primary


def test_visitor_is_sent_to_the_login(client, people):
    victim = Membership.objects.get(user=people.mitglied)
    response = client.post(reverse("network:membership_leave", args=[victim.pk]))
    assert response["Location"].startswith(reverse("account_login"))


def test_profile_page_offers_the_actions(client, person):
    login_as(client, person)
    html = client.get(reverse("portal:profile")).content.decode()
    assert "Andersdorf als Hauptmitgliedschaft festlegen" in html
    assert "Aus Musterstadt austreten" in html
