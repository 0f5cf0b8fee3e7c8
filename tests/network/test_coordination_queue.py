"""The Netzwerkkoordination's queue of all open membership requests."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from network.factories import KommuneFactory, MembershipFactory
from network.models import Membership, MembershipState, Role
from tests.helpers import RolePeople, login_as

pytestmark = pytest.mark.django_db

QUEUE = "network:coordination_requests"


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_only_coordination_sees_the_queue(client, people, role):
    login_as(client, getattr(people, role))
    response = client.get(reverse(QUEUE))
    if role == "netzwerkkoordination":
        assert response.status_code == 200
    elif role == "besucher":
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == 403


def test_requests_to_kommunen_without_admin_come_first(client, people, kommune):
    orphan = KommuneFactory(name="Ohneadmin")
    MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED, is_primary=False)
    MembershipFactory(kommune=orphan, state=MembershipState.REQUESTED, is_primary=False)
    login_as(client, people.netzwerkkoordination)
    listed = [m.kommune.name for m in client.get(reverse(QUEUE)).context["page"].object_list]
    assert listed == ["Ohneadmin", "Musterstadt"]


def test_deciding_from_the_queue_returns_to_the_queue(client, people, kommune):
    pending = MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED)
    login_as(client, people.netzwerkkoordination)
    response = client.post(
        reverse("network:membership_decide", args=[kommune.ags, pending.pk]),
        {"decision": "confirm", "role": Role.MITGLIED, "next": reverse(QUEUE)},
    )
    assert response["Location"] == reverse(QUEUE)
    assert Membership.objects.get(pk=pending.pk).is_confirmed


def test_next_never_leads_off_the_site(client, people, kommune):
    pending = MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED)
    login_as(client, people.netzwerkkoordination)
    response = client.post(
        reverse("network:membership_decide", args=[kommune.ags, pending.pk]),
        {"decision": "decline", "next": "https://boese.example/"},
    )
    assert response["Location"] == reverse("network:kommune_members", args=[kommune.ags])


def test_queue_query_count_does_not_grow(client, people, django_assert_num_queries):
    login_as(client, people.netzwerkkoordination)
    MembershipFactory.create_batch(3, state=MembershipState.REQUESTED)
    client.get(reverse(QUEUE))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse(QUEUE))
    MembershipFactory.create_batch(20, state=MembershipState.REQUESTED)
    with django_assert_num_queries(len(few)):
        client.get(reverse(QUEUE))


def test_user_menu_links_the_queue_for_coordination_only(client, people):
    login_as(client, people.netzwerkkoordination)
    assert reverse(QUEUE) in client.get("/").content.decode()
    login_as(client, people.kommunen_admin)
    assert reverse(QUEUE) not in client.get("/").content.decode()


def test_home_page_tells_coordination_about_requests_without_admin(client, people):
    MembershipFactory(kommune=KommuneFactory(name="Ohneadmin"), state=MembershipState.REQUESTED)
    login_as(client, people.netzwerkkoordination)
    html = client.get("/").content.decode()
    assert "1 Anfrage wartet auf die Netzwerkkoordination." in html
