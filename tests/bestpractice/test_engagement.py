"""Members act on a case study: Merkliste, usefulness rating, "Das wollen wir auch"."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from bestpractice import engagement
from bestpractice.factories import create_case_study
from bestpractice.models import Bookmark, Rating, ReplicationInterest
from network.factories import MembershipFactory
from network.models import Role
from tests.helpers import RolePeople, login_as

MEMBERS = {"mitglied", "digitallotse", "kommunen_admin", "fremder_admin"}
STAFF = {"redaktion", "netzwerkkoordination"}


@pytest.fixture
def case_study(index, other_kommune, people):
    return create_case_study(
        index,
        kommunen=[other_kommune],
        contact_person=people.fremder_admin,
        owner=people.fremder_admin,
    )


def url(name, page):
    return reverse(f"bestpractice:{name}", args=[page.pk])


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_members_and_staff_may_bookmark(client, people, case_study, role):
    user = getattr(people, role)
    login_as(client, user)
    response = client.post(url("bookmark", case_study), {"merken": "ja"})
    if role in MEMBERS | STAFF:
        assert response.status_code == 302
        assert Bookmark.objects.filter(user=user, case_study=case_study).exists()
    elif user is None:
        assert response.status_code == 302 and "/konto/login/" in response["Location"]
        assert not Bookmark.objects.exists()


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_only_members_of_a_kommune_may_rate(client, people, case_study, role):
    login_as(client, getattr(people, role))
    response = client.post(url("rate", case_study), {"usefulness": "4"})
    if role in MEMBERS:
        assert response.status_code == 302
        assert Rating.objects.get().usefulness == 4
    else:
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or "/konto/login/" in response["Location"]
        assert not Rating.objects.exists()


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_only_members_of_another_kommune_may_say_we_want_this_too(
    client, people, case_study, kommune, role
):
    user = getattr(people, role)
    login_as(client, user)
    # The admin of the case study's own Kommune has no other Kommune to speak for.
    speaks_for = case_study.kommunen.get() if role == "fremder_admin" else kommune
    response = client.post(url("want_too", case_study), {"kommune": speaks_for.pk})
    if role in MEMBERS - {"fremder_admin"}:
        assert response.status_code == 302
        assert ReplicationInterest.objects.filter(user=user).exists()
    else:
        assert response.status_code in (302, 403)
        assert not ReplicationInterest.objects.exists()


def test_a_kommune_does_not_want_what_it_did_itself(client, people, case_study):
    login_as(client, people.fremder_admin)
    own = case_study.kommunen.get()
    response = client.post(url("want_too", case_study), {"kommune": own.pk}, follow=True)
    body = response.content.decode()
    assert (
        _("%(kommune)s hat dieses Praxisbeispiel selbst umgesetzt.") % {"kommune": own.name} in body
    )
    assert url("want_too", case_study) not in body  # no button for its own case study


def test_a_signed_in_person_without_a_kommune_gets_no_actions(
    client, case_study, django_user_model
):
    from core.factories import UserFactory

    login_as(client, UserFactory())
    assert client.post(url("bookmark", case_study)).status_code == 403
    body = client.get(case_study.url).content.decode()
    assert _("Sobald Ihre Mitgliedschaft in einer Kommune bestätigt ist") in body


def test_bookmarking_twice_keeps_one_entry_and_unbookmarking_removes_it(people, case_study):
    engagement.bookmark(people.mitglied, case_study)
    engagement.bookmark(people.mitglied, case_study)
    assert Bookmark.objects.count() == 1
    engagement.unbookmark(people.mitglied, case_study)
    assert not Bookmark.objects.exists()


def test_an_unpublished_case_study_cannot_be_bookmarked(client, people, index, kommune):
    draft = create_case_study(index, kommunen=[kommune], live=False)
    login_as(client, people.mitglied)
    assert client.post(url("bookmark", draft), {"merken": "ja"}).status_code == 404
    with pytest.raises(PermissionDenied):
        engagement.bookmark(people.mitglied, draft)


def test_the_merkliste_lists_bookmarks_newest_first_and_offers_the_comparison(
    client, people, index, kommune
):
    first = create_case_study(index, kommunen=[kommune], title="Digitale Akte")
    second = create_case_study(index, kommunen=[kommune], title="Chatbot im Bürgerbüro")
    offline = create_case_study(index, kommunen=[kommune], title="Abgeschaltet")
    for page in (first, second, offline):
        engagement.bookmark(people.mitglied, page)
    offline.unpublish()
    login_as(client, people.mitglied)
    response = client.get(reverse("bestpractice:bookmarks"))
    assert [page.title for page in response.context["case_studies"]] == [
        "Chatbot im Bürgerbüro",
        "Digitale Akte",
    ]
    body = response.content.decode()
    assert f'action="{reverse("bestpractice:compare")}"' in body
    assert f'name="ids" value="{first.pk}"' in body


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_the_merkliste_is_for_members_and_staff(client, people, role):
    login_as(client, getattr(people, role))
    response = client.get(reverse("bestpractice:bookmarks"))
    if role in MEMBERS | STAFF:
        assert response.status_code == 200
    elif role == "besucher":
        assert response.status_code == 302
    else:
        assert response.status_code == 403


def test_the_merkliste_needs_the_same_queries_for_few_and_many(client, people, index, kommune):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login_as(client, people.mitglied)
    engagement.bookmark(people.mitglied, create_case_study(index, kommunen=[kommune]))
    client.get(reverse("bestpractice:bookmarks"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("bestpractice:bookmarks"))
    for _n in range(6):
        engagement.bookmark(people.mitglied, create_case_study(index, kommunen=[kommune]))
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("bestpractice:bookmarks"))
    assert len(response.context["case_studies"]) == 7
    assert len(many) == len(few)


def test_one_vote_each_which_can_be_changed(people, case_study):
    engagement.rate(people.mitglied, case_study, 2)
    engagement.rate(people.mitglied, case_study, 5)
    engagement.rate(people.digitallotse, case_study, 4)
    assert Rating.objects.count() == 2
    assert engagement.rating_summary(case_study) == engagement.RatingSummary(4.5, 2)


@pytest.mark.parametrize("value", ["0", "6", "", "drei"])
def test_a_rating_outside_1_to_5_is_refused(client, people, case_study, value):
    login_as(client, people.mitglied)
    response = client.post(url("rate", case_study), {"usefulness": value}, follow=True)
    assert _("Bitte wählen Sie eine Bewertung von 1 bis 5.") in response.content.decode()
    assert not Rating.objects.exists()
    with pytest.raises(ValidationError):
        engagement.rate(people.mitglied, case_study, 9)


def test_want_too_stores_the_interest_and_mails_the_contact_person(
    client, people, case_study, kommune, django_capture_on_commit_callbacks
):
    login_as(client, people.digitallotse)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("want_too", case_study),
            {"kommune": kommune.pk, "message": "Wir starten im Herbst. <script>x()</script>"},
        )
    assert response.status_code == 302
    interest = ReplicationInterest.objects.get()
    assert (interest.kommune, interest.user) == (kommune, people.digitallotse)
    assert interest.message == "Wir starten im Herbst. x()"
    [message] = mail.outbox
    assert message.to == [people.fremder_admin.email]
    assert "Musterstadt" in message.subject and case_study.title in message.subject
    assert "Wir starten im Herbst." in message.body
    assert case_study.url in message.body
    assert kommune.get_absolute_url() in message.body


def test_want_too_once_per_kommune_even_from_a_colleague(
    client, people, case_study, kommune, django_capture_on_commit_callbacks
):
    engagement.want_too(people.digitallotse, case_study, kommune)
    mail.outbox.clear()
    login_as(client, people.mitglied)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("want_too", case_study), {"kommune": kommune.pk}, follow=True)
    assert ReplicationInterest.objects.count() == 1
    assert mail.outbox == []
    already = _("%(kommune)s hat bereits Interesse an diesem Praxisbeispiel bekundet.")
    assert already % {"kommune": "Musterstadt"} in response.content.decode()


def test_want_too_only_for_ones_own_kommune(client, people, case_study, kommune, other_kommune):
    login_as(client, people.mitglied)
    response = client.post(url("want_too", case_study), {"kommune": other_kommune.pk}, follow=True)
    assert _("Für diese Kommune können Sie nicht sprechen.") in response.content.decode()
    assert not ReplicationInterest.objects.exists()
    with pytest.raises(PermissionDenied):
        engagement.want_too(people.mitglied, case_study, other_kommune)


def test_a_person_in_two_kommunen_chooses_which_one_wants_it(
    client, people, case_study, kommune, index
):
    from network.factories import KommuneFactory

    second = KommuneFactory(name="Zweitheim")
    MembershipFactory(user=people.mitglied, kommune=second, role=Role.MITGLIED, is_primary=False)
    engagement.want_too(people.mitglied, case_study, kommune)
    login_as(client, people.mitglied)
    body = client.get(case_study.url).content.decode()
    assert "Musterstadt hat Interesse an der Nachnutzung bekundet." in body
    assert "Das wollen wir auch – für Zweitheim" in body


def _press_with_htmx(client, person, action, case_study, data) -> str:
    """What a button of the actions answers htmx: always the actions (htmx swaps nothing on
    a 4xx answer)."""
    login_as(client, person)
    response = client.post(url(action, case_study), data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    return response.content.decode()


def test_htmx_gets_the_actions_back_with_a_status_message(client, people, case_study):
    body = _press_with_htmx(client, people.mitglied, "bookmark", case_study, {"merken": "ja"})
    assert 'id="engagement-actions"' in body
    assert 'hx-swap-oob="innerHTML:#engagement-status"' in body
    assert _("Auf die Merkliste gesetzt.") in body
    assert _("Von der Merkliste entfernen") in body
    assert "<html" not in body


def test_without_javascript_the_button_leads_back_to_the_page_with_a_message(
    client, people, case_study
):
    login_as(client, people.mitglied)
    response = client.post(url("bookmark", case_study), {"merken": "ja"}, follow=True)
    assert response.redirect_chain[-1][0] == case_study.url
    assert _("Auf die Merkliste gesetzt.") in response.content.decode()


def test_a_foreign_next_address_is_ignored(client, people, case_study):
    login_as(client, people.mitglied)
    response = client.post(
        url("bookmark", case_study), {"merken": "ja", "next": "https://example.com/"}
    )
    assert response["Location"] == case_study.url


def test_visitors_see_a_sign_in_prompt_instead_of_the_buttons(client, case_study):
    body = client.get(case_study.url).content.decode()
    assert "Melden Sie sich an</a>, um dieses Praxisbeispiel zu merken" in body
    assert url("bookmark", case_study) not in body
    assert url("rate", case_study) not in body
    assert url("want_too", case_study) not in body
    # Comparing public case studies needs no account.
    assert url("compare_toggle", case_study) in body


def test_members_see_their_state_on_the_page(client, people, case_study):
    engagement.bookmark(people.mitglied, case_study)
    engagement.rate(people.mitglied, case_study, 3)
    login_as(client, people.mitglied)
    body = client.get(case_study.url).content.decode()
    assert _("Von der Merkliste entfernen") in body
    assert "Ihre Bewertung: 3 von 5" in body
    assert 'id="rating-3" name="usefulness" value="3" checked' in body


def test_htmx_explains_a_refusal_in_the_status_line(client, people, case_study):
    body = _press_with_htmx(client, people.mitglied, "rate", case_study, {"usefulness": "9"})
    assert _("Bitte wählen Sie eine Bewertung von 1 bis 5.") in body
    assert not Rating.objects.exists()


def test_want_too_mail_never_gives_away_the_members_address(
    client, people, case_study, kommune, django_capture_on_commit_callbacks
):
    lotse = people.digitallotse
    lotse.first_name = lotse.last_name = ""
    lotse.save()
    login_as(client, lotse)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("want_too", case_study), {"kommune": kommune.pk, "message": ""})
    [message] = mail.outbox
    assert lotse.email not in message.body
