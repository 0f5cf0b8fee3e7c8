""" "Das wollen wir auch" tells the truth about whom it reached: the contact person, or,
where a case study names none, the admins of the Kommunen that did it; if nobody can be
reached, the answer says so and the interest is still stored."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.translation import gettext as _

from bestpractice.factories import create_case_study
from bestpractice.models import ReplicationInterest
from core.factories import UserFactory
from network.factories import KommuneFactory, MembershipFactory
from network.models import MembershipState, Role
from tests.helpers import login_as

STORED = "Gespeichert: Musterstadt möchte dieses Praxisbeispiel nachnutzen."


@pytest.fixture
def express_interest(client, people, kommune, django_capture_on_commit_callbacks):
    """A Digitallotse of Musterstadt says "Das wollen wir auch"; returns the page's text."""

    def press(case_study) -> str:
        login_as(client, people.digitallotse)
        url = reverse("bestpractice:want_too", args=[case_study.pk])
        with django_capture_on_commit_callbacks(execute=True):
            data = {"kommune": kommune.pk, "message": "Ab Herbst"}
            response = client.post(url, data, follow=True)
        assert ReplicationInterest.objects.filter(case_study=case_study, kommune=kommune).exists()
        return response.content.decode()

    return press


def test_the_contact_person_is_told_and_the_answer_says_so(
    express_interest, index, other_kommune, people
):
    case_study = create_case_study(
        index, kommunen=[other_kommune], contact_person=people.fremder_admin
    )
    body = express_interest(case_study)
    assert [m.to for m in mail.outbox] == [[people.fremder_admin.email]]
    assert _("Die Ansprechperson ist informiert.") in body


def test_without_a_contact_person_the_kommunen_admins_are_told(
    express_interest, index, other_kommune, people
):
    second_admin = MembershipFactory(kommune=other_kommune, role=Role.ADMIN).user
    MembershipFactory(kommune=other_kommune, role=Role.MITGLIED)
    MembershipFactory(kommune=other_kommune, role=Role.ADMIN, state=MembershipState.REQUESTED)
    case_study = create_case_study(index, kommunen=[other_kommune], contact_person=None)

    body = express_interest(case_study)

    [message] = mail.outbox
    assert sorted(message.to) == sorted([people.fremder_admin.email, second_admin.email])
    assert "Ab Herbst" in message.body
    assert "als Kommunen-Admin von Andersdorf" in message.body
    assert _("Die Ansprechperson ist informiert.") not in body
    told = _(
        "Das Praxisbeispiel nennt keine Ansprechperson; die Kommunen-Admins von "
        "%(kommunen)s sind informiert."
    )
    assert told % {"kommunen": "Andersdorf"} in body


def test_an_inactive_contact_person_counts_as_none(express_interest, index, other_kommune, people):
    gone = UserFactory(is_active=False)
    case_study = create_case_study(index, kommunen=[other_kommune], contact_person=gone)
    express_interest(case_study)
    assert [m.to for m in mail.outbox] == [[people.fremder_admin.email]]


def test_a_joint_case_study_tells_each_kommune_its_own_admins(
    express_interest, index, other_kommune, people
):
    partner = KommuneFactory(name="Beispielburg")
    partner_admin = MembershipFactory(kommune=partner, role=Role.ADMIN).user
    without_admins = KommuneFactory(name="Ohneamt")
    case_study = create_case_study(
        index, kommunen=[other_kommune, partner, without_admins], contact_person=None
    )

    body = express_interest(case_study)

    # One mail per Kommune: admins do not learn the addresses of another Kommune's admins.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [people.fremder_admin.email, partner_admin.email]
    )
    assert all(len(m.to) == 1 for m in mail.outbox)
    told = _(
        "Das Praxisbeispiel nennt keine Ansprechperson; die Kommunen-Admins von "
        "%(kommunen)s sind informiert."
    )
    assert told % {"kommunen": "Andersdorf und Beispielburg"} in body


def test_when_nobody_can_be_reached_the_answer_says_so_and_the_interest_is_kept(
    express_interest, index
):
    lonely = KommuneFactory(name="Ohneamt")
    case_study = create_case_study(index, kommunen=[lonely], contact_person=None)

    body = express_interest(case_study)

    assert mail.outbox == []
    assert _("Die Ansprechperson ist informiert.") not in body
    assert STORED in body
    nobody = _(
        "Niemand wurde benachrichtigt: Das Praxisbeispiel nennt keine Ansprechperson, und "
        "keine der Kommunen hat Kommunen-Admins im Netzwerk. Das Interesse bleibt gespeichert."
    )
    assert nobody in body


def test_nobody_is_mailed_about_their_own_interest(express_interest, index, other_kommune, people):
    # The Lotse of Musterstadt is also the only admin of the Kommune that did it.
    MembershipFactory(
        user=people.digitallotse, kommune=other_kommune, role=Role.ADMIN, is_primary=False
    )
    people.fremder_admin.is_active = False
    people.fremder_admin.save()
    case_study = create_case_study(index, kommunen=[other_kommune], contact_person=None)
    body = express_interest(case_study)
    assert mail.outbox == []
    assert _("Die Ansprechperson ist informiert.") not in body
