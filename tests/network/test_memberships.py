import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.factories import UserFactory
from network import services
from network.factories import KommuneFactory, MembershipFactory
from network.models import Membership, MembershipState, Role
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(kommune):
    return MembershipFactory(kommune=kommune, role=Role.ADMIN).user


@pytest.fixture
def applicant():
    return UserFactory(first_name="Jana", last_name="Beispiel")


def test_request_creates_pending_primary_membership_and_mails_the_admins(
    kommune, admin, applicant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        membership = services.request_membership(applicant, kommune)
    assert membership.state == MembershipState.REQUESTED
    assert membership.is_primary
    assert [m.to for m in mail.outbox] == [[admin.email]]
    assert "Jana Beispiel möchte Musterstadt beitreten" in mail.outbox[0].subject
    assert f"/kommunen/{kommune.ags}/mitglieder/" in mail.outbox[0].body


def test_second_membership_is_not_primary(kommune, other_kommune, applicant):
    services.request_membership(applicant, kommune)
    second = services.request_membership(applicant, other_kommune)
    assert not second.is_primary


def test_asking_twice_keeps_one_membership(kommune, applicant):
    services.request_membership(applicant, kommune)
    services.request_membership(applicant, kommune)
    assert Membership.objects.filter(user=applicant).count() == 1


def test_admin_confirms_request_and_the_person_is_told(
    client, kommune, admin, applicant, django_capture_on_commit_callbacks
):
    membership = services.request_membership(applicant, kommune)
    login_as(client, admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("network:membership_decide", args=[kommune.ags, membership.pk]),
            {"decision": "confirm", "role": Role.DIGITALLOTSE},
        )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.state == MembershipState.CONFIRMED
    assert membership.role == Role.DIGITALLOTSE
    assert membership.decided_by == admin
    assert mail.outbox[-1].to == [applicant.email]
    assert "Willkommen bei Musterstadt" in mail.outbox[-1].subject


def test_admin_declines_request_and_the_person_is_told(
    client, kommune, admin, applicant, django_capture_on_commit_callbacks
):
    membership = services.request_membership(applicant, kommune)
    login_as(client, admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("network:membership_decide", args=[kommune.ags, membership.pk]),
            {"decision": "decline"},
        )
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert mail.outbox[-1].to == [applicant.email]
    assert "abgelehnt" in mail.outbox[-1].body


def test_a_decided_request_cannot_be_decided_again(kommune, admin, applicant):
    membership = services.request_membership(applicant, kommune)
    services.confirm_membership(membership, admin)
    with pytest.raises(ValidationError):
        services.decline_membership(membership)


def test_admin_of_another_kommune_cannot_decide(client, kommune, other_kommune, applicant):
    membership = services.request_membership(applicant, kommune)
    stranger = MembershipFactory(kommune=other_kommune, role=Role.ADMIN).user
    login_as(client, stranger)
    response = client.post(
        reverse("network:membership_decide", args=[kommune.ags, membership.pk]),
        {"decision": "confirm"},
    )
    assert response.status_code == 403
    membership.refresh_from_db()
    assert membership.state == MembershipState.REQUESTED


def test_membership_id_of_another_kommune_in_the_url_is_not_found(
    client, kommune, other_kommune, admin, applicant
):
    foreign = services.request_membership(applicant, other_kommune)
    login_as(client, admin)
    response = client.post(
        reverse("network:membership_decide", args=[kommune.ags, foreign.pk]),
        {"decision": "confirm"},
    )
    assert response.status_code == 404


def test_signed_in_person_asks_to_join_from_the_profile_page(client, kommune, applicant):
    login_as(client, applicant)
    response = client.post(reverse("network:membership_request", args=[kommune.ags]), follow=True)
    assert Membership.objects.get(user=applicant).kommune == kommune
    assert "Ihre Anfrage wurde an Musterstadt gesendet" in response.content.decode()


def test_last_admin_cannot_be_removed_or_demoted(kommune, admin):
    membership = Membership.objects.get(user=admin)
    coordinator_like = UserFactory()
    with pytest.raises(ValidationError):
        services.remove_membership(membership, coordinator_like)
    with pytest.raises(ValidationError):
        services.change_role(membership, Role.MITGLIED)


def test_removing_a_primary_membership_promotes_the_next_one(kommune, other_kommune, admin):
    person = UserFactory()
    first = MembershipFactory(user=person, kommune=kommune, is_primary=True)
    MembershipFactory(user=person, kommune=other_kommune, is_primary=False)
    services.remove_membership(first, admin)
    assert Membership.objects.get(user=person).is_primary


def test_role_change_by_admin(client, kommune, admin):
    member = MembershipFactory(kommune=kommune, role=Role.MITGLIED, is_primary=True)
    login_as(client, admin)
    client.post(
        reverse("network:membership_role", args=[kommune.ags, member.pk]),
        {"role": Role.DIGITALLOTSE},
    )
    member.refresh_from_db()
    assert member.role == Role.DIGITALLOTSE


def test_unknown_role_is_refused_with_german_message(client, kommune, admin):
    member = MembershipFactory(kommune=kommune, role=Role.MITGLIED)
    login_as(client, admin)
    response = client.post(
        reverse("network:membership_role", args=[kommune.ags, member.pk]),
        {"role": "kaiser"},
        follow=True,
    )
    member.refresh_from_db()
    assert member.role == Role.MITGLIED
    assert "Diese Rolle gibt es nicht." in response.content.decode()


def test_resolve_kommune_by_ags_and_by_name():
    lubeck = KommuneFactory(name="Hansestadt Lübeck", ags="01003000")
    assert services.resolve_kommune("01 003 000") == lubeck
    assert services.resolve_kommune("hansestadt lübeck") == lubeck


def test_resolve_kommune_asks_for_the_ags_when_the_name_is_ambiguous():
    KommuneFactory(name="Neustadt an der Weinstraße", ags="07316000")
    KommuneFactory(name="Neustadt in Holstein", ags="01055033")
    with pytest.raises(ValidationError) as error:
        services.resolve_kommune("Neustadt")
    assert "Amtlichen Gemeindeschlüssel" in error.value.messages[0]


def test_requests_to_a_kommune_without_admin_go_to_the_coordination(
    other_kommune, applicant, django_capture_on_commit_callbacks
):
    from core.permissions import NETZWERKKOORDINATION

    coordinator = UserFactory(groups=[NETZWERKKOORDINATION])
    with django_capture_on_commit_callbacks(execute=True):
        services.request_membership(applicant, other_kommune)
    assert [m.to for m in mail.outbox] == [[coordinator.email]]


def test_names_with_apostrophes_and_ampersands_stay_readable_in_mails(
    kommune, admin, django_capture_on_commit_callbacks
):
    kommune.name = "Nassau & Umgebung"
    kommune.save()
    person = UserFactory(first_name="Jörg", last_name="O'Neill")
    with django_capture_on_commit_callbacks(execute=True):
        services.request_membership(person, kommune)
    assert mail.outbox[-1].subject == "Jörg O'Neill möchte Nassau & Umgebung beitreten"
    assert "&amp;" not in mail.outbox[-1].body
