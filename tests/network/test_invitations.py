from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.validators import EmailValidator
from django.urls import reverse
from django.utils import timezone

from core.factories import UserFactory
from network import services
from network.models import Invitation, Membership, MembershipState, Role
from tests.helpers import RolePeople, login_as

pytestmark = pytest.mark.django_db

MAY_INVITE = {"kommunen_admin", "netzwerkkoordination"}


def _invite(client, kommune, email="neu@musterstadt.example", role=Role.DIGITALLOTSE):
    return client.post(
        reverse("network:invitation_create", args=[kommune.ags]), {"email": email, "role": role}
    )


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_only_own_admins_and_coordination_may_invite(client, people, kommune, role):
    login_as(client, getattr(people, role))
    response = _invite(client, kommune)
    invited = Invitation.objects.filter(kommune=kommune).exists()
    if role in MAY_INVITE:
        assert response.status_code == 302
        assert invited
    else:
        assert response.status_code in {302, 403}
        assert not invited


def test_invitation_mail_carries_the_link(
    client, people, kommune, django_capture_on_commit_callbacks
):
    login_as(client, people.kommunen_admin)
    with django_capture_on_commit_callbacks(execute=True):
        _invite(client, kommune)
    invitation = Invitation.objects.get()
    assert mail.outbox[-1].to == ["neu@musterstadt.example"]
    assert "Musterstadt" in mail.outbox[-1].subject
    assert invitation.get_absolute_url() in mail.outbox[-1].body


def test_invited_person_accepts_and_is_a_confirmed_member_with_the_role(client, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.DIGITALLOTSE, people.kommunen_admin
    )
    invitee = UserFactory(email="neu@musterstadt.example")
    login_as(client, invitee)
    response = client.post(invitation.get_absolute_url())
    assert response.status_code == 302
    membership = Membership.objects.get(user=invitee, kommune=kommune)
    assert membership.state == MembershipState.CONFIRMED
    assert membership.role == Role.DIGITALLOTSE
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None


def test_accepting_confirms_a_pending_request_of_the_same_person(client, people, kommune):
    invitee = UserFactory(email="neu@musterstadt.example")
    services.request_membership(invitee, kommune)
    invitation = services.invite_member(
        kommune, invitee.email, Role.MITGLIED, people.kommunen_admin
    )
    login_as(client, invitee)
    client.post(invitation.get_absolute_url())
    assert Membership.objects.get(user=invitee, kommune=kommune).is_confirmed


def test_someone_else_cannot_accept_an_invitation(client, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.ADMIN, people.kommunen_admin
    )
    intruder = UserFactory(email="jemand@anderswo.example")
    login_as(client, intruder)
    page = client.get(invitation.get_absolute_url()).content.decode()
    assert "Diese Einladung gilt für eine andere E-Mail-Adresse" in page
    response = client.post(invitation.get_absolute_url())
    assert response.status_code == 403
    assert not Membership.objects.filter(user=intruder).exists()


def test_an_unverified_address_is_not_enough(client, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.ADMIN, people.kommunen_admin
    )
    invitee = UserFactory(email="neu@musterstadt.example")
    EmailAddress.objects.filter(user=invitee).update(verified=False)
    login_as(client, invitee)
    assert client.post(invitation.get_absolute_url()).status_code == 403


def test_anonymous_visitor_is_asked_to_sign_in(client, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.MITGLIED, people.kommunen_admin
    )
    page = client.get(invitation.get_absolute_url()).content.decode()
    assert "Melden Sie sich mit der Adresse an" in page
    response = client.post(invitation.get_absolute_url())
    assert response["Location"].startswith(reverse("account_login"))


def test_expired_invitation_cannot_be_accepted(client, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.MITGLIED, people.kommunen_admin
    )
    Invitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - Invitation.VALID_FOR - timedelta(minutes=1)
    )
    invitee = UserFactory(email="neu@musterstadt.example")
    login_as(client, invitee)
    response = client.post(invitation.get_absolute_url(), follow=True)
    assert "abgelaufen" in response.content.decode()
    assert not Membership.objects.filter(user=invitee).exists()


def test_inviting_a_member_again_is_explained_and_keeps_the_input(client, people, kommune):
    login_as(client, people.kommunen_admin)
    response = _invite(client, kommune, email=people.mitglied.email)
    html = response.content.decode()
    assert response.status_code == 400
    assert "bereits Mitglied von Musterstadt" in html
    assert people.mitglied.email in html


def test_invalid_address_gets_a_german_error(client, people, kommune):
    login_as(client, people.kommunen_admin)
    response = _invite(client, kommune, email="kein-at-zeichen")
    assert response.status_code == 400
    assert str(EmailValidator.message) in response.content.decode()
    assert not Invitation.objects.exists()


def test_an_open_invitation_is_not_sent_twice(people, kommune):
    services.invite_member(kommune, "neu@musterstadt.example", Role.MITGLIED, people.kommunen_admin)
    with pytest.raises(services.ValidationError):
        services.invite_member(
            kommune, "NEU@musterstadt.example", Role.MITGLIED, people.kommunen_admin
        )


def test_admin_revokes_an_invitation(client, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.MITGLIED, people.kommunen_admin
    )
    login_as(client, people.kommunen_admin)
    client.post(reverse("network:invitation_revoke", args=[kommune.ags, invitation.pk]))
    assert not Invitation.objects.exists()


def test_admin_of_another_kommune_cannot_revoke(client, people, kommune):
    invitation = services.invite_member(
        kommune, "neu@musterstadt.example", Role.MITGLIED, people.kommunen_admin
    )
    login_as(client, people.fremder_admin)
    response = client.post(reverse("network:invitation_revoke", args=[kommune.ags, invitation.pk]))
    assert response.status_code == 403
    assert Invitation.objects.exists()


def test_unknown_token_is_not_found(client):
    assert client.get(reverse("network:invitation", args=["gibt-es-nicht"])).status_code == 404


def test_members_page_has_a_plain_title_and_one_invitation_form(client, people, kommune):
    login_as(client, people.kommunen_admin)
    html = client.get(reverse("network:kommune_members", args=[kommune.ags])).content.decode()
    title = html.split("<title>")[1].split("</title>")[0]
    assert title.strip() == "Mitglieder von Musterstadt – Netzwerk Digitale Kommune"
    assert html.count('id="einladen"') == 1


def test_an_old_invitation_never_demotes_an_admin(client, people, kommune):
    invitee = UserFactory(email="neu@musterstadt.example")
    services.request_membership(invitee, kommune)
    invitation = services.invite_member(
        kommune, invitee.email, Role.MITGLIED, people.kommunen_admin
    )
    membership = Membership.objects.get(user=invitee)
    services.confirm_membership(membership, people.kommunen_admin, Role.ADMIN)
    login_as(client, invitee)
    client.post(invitation.get_absolute_url())
    membership.refresh_from_db()
    assert membership.role == Role.ADMIN


def test_removing_a_member_cancels_their_open_invitations(people, kommune):
    member = Membership.objects.get(user=people.mitglied)
    services.invite_member(kommune, "zweite@musterstadt.example", Role.ADMIN, people.kommunen_admin)
    EmailAddress.objects.create(
        user=people.mitglied, email="zweite@musterstadt.example", verified=True
    )
    services.remove_membership(member, people.kommunen_admin)
    assert not Invitation.objects.filter(email="zweite@musterstadt.example").exists()


def test_a_member_under_a_second_address_is_not_invited_again(people, kommune):
    EmailAddress.objects.create(
        user=people.mitglied, email="privat@musterstadt.example", verified=True
    )
    with pytest.raises(services.ValidationError):
        services.invite_member(
            kommune, "privat@musterstadt.example", Role.MITGLIED, people.kommunen_admin
        )
