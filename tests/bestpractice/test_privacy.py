"""The DSGVO export lists what the case studies store about the person, and account deletion
erases what they wrote and where they were named."""

import pytest
from django.urls import reverse

from bestpractice import engagement
from bestpractice.factories import create_case_study
from bestpractice.models import CaseStudyPage, ReplicationInterest
from portal.accounts.privacy import delete_account, export_personal_data
from tests.bestpractice.test_submission import form_data
from tests.helpers import login_as

pytestmark = pytest.mark.django_db

MESSAGE = "Bitte rufen Sie Frau Beispiel an: 0151 2345678."


@pytest.fixture
def case_study(index, other_kommune, people):
    return create_case_study(
        index,
        kommunen=[other_kommune],
        title="Digitaler Bauantrag",
        contact_person=people.fremder_admin,
        owner=people.fremder_admin,
    )


def _section(person) -> dict:
    return export_personal_data(person)["praxisbeispiele"]


def test_export_lists_bookmarks_with_title_address_and_date(people, case_study):
    engagement.bookmark(people.mitglied, case_study)

    (entry,) = _section(people.mitglied)["merkliste"]

    assert entry["praxisbeispiel"] == "Digitaler Bauantrag"
    assert entry["adresse"].endswith(case_study.url)
    assert entry["adresse"].startswith("http")
    assert entry["gemerkt_am"]


def test_export_lists_ratings_with_value_and_date(people, case_study):
    engagement.rate(people.mitglied, case_study, 4)

    (entry,) = _section(people.mitglied)["bewertungen"]

    assert (entry["praxisbeispiel"], entry["nuetzlichkeit"]) == ("Digitaler Bauantrag", 4)
    assert entry["bewertet_am"]


def test_export_lists_das_wollen_wir_auch_with_message_and_kommune(people, case_study, kommune):
    engagement.want_too(people.mitglied, case_study, kommune, MESSAGE)

    (entry,) = _section(people.mitglied)["das_wollen_wir_auch"]

    assert entry["praxisbeispiel"] == "Digitaler Bauantrag"
    assert entry["kommune"] == kommune.name
    assert entry["nachricht"] == MESSAGE
    assert entry["bekundet_am"]


def test_export_lists_own_submissions_with_their_state(client, people, kommune, index):
    login_as(client, people.digitallotse)
    client.post(reverse("bestpractice:submission_create"), form_data(kommune))

    (entry,) = _section(people.digitallotse)["eigene_einreichungen"]

    assert entry["titel"] == "Digitale Bauanträge in Musterstadt"
    assert entry["status"] == "Entwurf"
    assert entry["adresse"] is None
    assert entry["zuletzt_geaendert_am"]


def test_export_lists_case_studies_naming_the_person_as_contact(people, case_study):
    (entry,) = _section(people.fremder_admin)["als_ansprechperson"]

    assert entry == {
        "praxisbeispiel": "Digitaler Bauantrag",
        "veroeffentlicht": True,
        "adresse": entry["adresse"],
    }
    assert entry["adresse"].endswith(case_study.url)


def test_export_holds_nothing_of_other_people(people, case_study, kommune):
    engagement.bookmark(people.digitallotse, case_study)
    engagement.rate(people.digitallotse, case_study, 2)
    engagement.want_too(people.digitallotse, case_study, kommune, MESSAGE)

    assert _section(people.mitglied) == {
        "merkliste": [],
        "bewertungen": [],
        "das_wollen_wir_auch": [],
        "eigene_einreichungen": [],
        "als_ansprechperson": [],
    }


def test_deletion_blanks_the_message_but_keeps_the_kommunes_interest(people, case_study, kommune):
    engagement.want_too(people.mitglied, case_study, kommune, MESSAGE)

    delete_account(people.mitglied)

    interest = ReplicationInterest.objects.get()
    assert (interest.kommune, interest.case_study, interest.user) == (kommune, case_study, None)
    assert interest.message == ""


def test_deletion_removes_the_contact_person_also_from_the_draft(people, index, other_kommune):
    page = create_case_study(
        index, kommunen=[other_kommune], contact_person=people.mitglied, owner=people.mitglied
    )
    page.teaser = "Neu gefasst, noch nicht veröffentlicht."
    page.save_revision(user=people.redaktion)

    delete_account(people.mitglied)

    draft = CaseStudyPage.objects.get(pk=page.pk).get_latest_revision()
    assert draft.content["teaser"] == "Neu gefasst, noch nicht veröffentlicht."
    assert (draft.content["contact_person"], draft.content["owner"]) == (None, None)


def test_a_submission_of_a_deleted_person_publishes_without_them(
    client, people, kommune, index, django_capture_on_commit_callbacks
):
    login_as(client, people.digitallotse)
    client.post(reverse("bestpractice:submission_create"), form_data(kommune, aktion="einreichen"))
    page = CaseStudyPage.objects.get()
    delete_account(people.digitallotse)

    task_state = page.current_workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, people.redaktion, "approve")

    page.refresh_from_db()
    assert page.live
    assert (page.contact_person_id, page.owner_id) == (None, None)
    published = page.live_revision.content
    assert (published["contact_person"], published["owner"]) == (None, None)
