"""The DSGVO export lists the invitations and membership decisions that name the person, and
account deletion takes the invitations they accepted along."""

import pytest
from allauth.account.models import EmailAddress

from network import services
from network.factories import MembershipFactory
from network.models import Invitation, MembershipState, Role
from portal.accounts.privacy import delete_account, export_personal_data

pytestmark = pytest.mark.django_db


def test_export_lists_invitations_received_at_any_own_address(people, other_kommune):
    person = people.mitglied
    EmailAddress.objects.create(user=person, email="Zweitadresse@Kommune.example")
    services.invite_member(other_kommune, "zweitadresse@kommune.example", Role.DIGITALLOTSE, None)

    (received,) = export_personal_data(person)["einladungen"]["erhalten"]

    assert received["kommune"] == other_kommune.name
    assert received["rolle"] == "Digitallotse/Digitallotsin"
    assert received["angenommen_am"] is None


def test_export_lists_invitations_sent_with_the_address_typed_in(people, kommune):
    services.invite_member(kommune, "neu@kommune.example", Role.MITGLIED, people.kommunen_admin)

    exported = export_personal_data(people.kommunen_admin)["einladungen"]

    (sent,) = exported["verschickt"]
    assert (sent["kommune"], sent["e_mail"]) == (kommune.name, "neu@kommune.example")
    assert export_personal_data(people.mitglied)["einladungen"] == {
        "erhalten": [],
        "verschickt": [],
    }


def test_export_lists_the_membership_requests_the_person_confirmed(people, kommune):
    request = MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED)
    services.confirm_membership(request, people.kommunen_admin, Role.MITGLIED)

    (decision,) = export_personal_data(people.kommunen_admin)["entschiedene_beitrittsanfragen"]

    assert decision["kommune"] == kommune.name
    assert decision["person"] == request.user.get_full_name()
    assert decision["entschieden_am"]


def test_deletion_removes_accepted_invitations_to_the_persons_address(people, kommune):
    person = people.mitglied
    accepted = services.invite_member(kommune, "neu@kommune.example", Role.MITGLIED, None)
    EmailAddress.objects.create(user=person, email="neu@kommune.example", verified=True)
    person.memberships.all().delete()
    services.accept_invitation(accepted, person)
    still_open = Invitation.objects.create(
        kommune=kommune, email=person.email.lower(), role=Role.ADMIN
    )

    delete_account(person)

    assert list(Invitation.objects.all()) == [still_open]
