"""The portal promises only what exists: the sign-up page and the welcome mails list what the
installed areas offer (MEMBER_OFFERS), nothing of areas still to come."""

from django.core import mail
from django.urls import reverse
from wagtail import hooks

from bestpractice.factories import case_study_index, create_case_study
from core import plugins
from network import services
from network.factories import MembershipFactory
from network.models import MembershipState, Role
from tests.helpers import login_as

NOT_YET_BUILT = ("Mentor", "Arbeitsgruppe", "Partner")


def test_the_sign_up_page_lists_what_the_areas_offer(client, db):
    html = client.get(reverse("account_signup")).content.decode()
    for offer in plugins.member_offers():
        assert offer in html
    for promise in NOT_YET_BUILT:
        assert promise not in html


def test_a_new_area_adds_its_own_promise(client, db):
    with hooks.register_temporarily(plugins.MEMBER_OFFERS, lambda: "Mentorinnen finden"):
        html = client.get(reverse("account_signup")).content.decode()
    assert "Mentorinnen finden" in html


def test_the_welcome_mail_promises_only_what_exists(kommune, django_capture_on_commit_callbacks):
    admin = MembershipFactory(kommune=kommune, role=Role.ADMIN).user
    request = MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED)
    with django_capture_on_commit_callbacks(execute=True):
        services.confirm_membership(request, decided_by=admin)
    (welcome,) = [m for m in mail.outbox if request.user.email in m.to]
    for offer in plugins.member_offers():
        assert offer in welcome.body
    for promise in NOT_YET_BUILT:
        assert promise not in welcome.body


def test_the_case_study_page_promises_no_partner_search(client, other_kommune, people):
    study = create_case_study(case_study_index(), kommunen=[other_kommune], title="Digitale Akte")
    login_as(client, people.mitglied)
    html = client.get(study.url).content.decode()
    assert "nachnutzen" in html
    assert "Partnersuche" not in html
