"""A person's own memberships: choose the primary one, leave, withdraw a request."""

import pytest
from django.urls import reverse

from network.factories import MembershipFactory
from network.models import Membership, MembershipState, Role
from portal.accounts.factories import UserFactory
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
def test_nobody_changes_someone_elses_membership(client, people, kommune, view):
    victim = Membership.objects.get(user=people.mitglied)
    for intruder in (people.digitallotse, people.kommunen_admin, people.netzwerkkoordination):
        login_as(client, intruder)
        assert client.post(reverse(view, args=[victim.pk])).status_code == 403
    assert Membership.objects.filter(pk=victim.pk).exists()


def test_visitor_is_sent_to_the_login(client, people):
    victim = Membership.objects.get(user=people.mitglied)
    response = client.post(reverse("network:membership_leave", args=[victim.pk]))
    assert response["Location"].startswith(reverse("account_login"))


def test_profile_page_offers_the_actions(client, person):
    login_as(client, person)
    html = client.get(reverse("portal:profile")).content.decode()
    assert "Andersdorf als Hauptmitgliedschaft festlegen" in html
    assert "Aus Musterstadt austreten" in html
