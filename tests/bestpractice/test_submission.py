"""Kommunen submit case studies: drafts, missing sections, review by the Redaktion, mails."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Revision, WorkflowState

from bestpractice import submission
from bestpractice.models import SECTIONS, CaseStudyPage
from network.factories import MembershipFactory
from network.models import Handlungsfeld, Role
from tests.helpers import RolePeople, login_as

CREATE_URL = "/praxisbeispiele/einreichen/"
SUBMITTERS = {"digitallotse", "kommunen_admin"}


def form_data(kommune, **overrides) -> dict:
    data = {
        "title": "Digitale Bauanträge in Musterstadt",
        "kommunen": [kommune.pk],
        "teaser": "Bauanträge kommen online und vollständig an.",
        "handlungsfelder": ["buergerdienste"],
        "tags": "OZG, Bauen",
        "phase": "3",
        "status": "betrieb",
        "transferability": "4",
        "aktion": "entwurf",
    }
    for name, label in SECTIONS:
        data[name] = f"Text zu {label}."
    data.update(overrides)
    return data


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), "blue").save(buffer, "PNG")
    return buffer.getvalue()


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_only_admins_and_lotsen_may_open_the_form(client, people, index, role):
    login_as(client, getattr(people, role))
    response = client.get(CREATE_URL)
    # The admin of the other Kommune may submit, for their own Kommune only (tested below).
    if role in SUBMITTERS | {"fremder_admin"}:
        assert response.status_code == 200
        assert _("Praxisbeispiel einreichen") in response.content.decode()
    elif role == "besucher":
        assert response.status_code == 302 and "/konto/login/" in response["Location"]
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_only_admins_and_lotsen_of_the_kommune_can_store_a_submission(
    client, people, kommune, index, role
):
    login_as(client, getattr(people, role))
    response = client.post(CREATE_URL, form_data(kommune))
    stored = CaseStudyPage.objects.filter(title="Digitale Bauanträge in Musterstadt")
    if role in SUBMITTERS:
        assert response.status_code == 302
        page = stored.get()
        assert page.owner == getattr(people, role)
        assert page.contact_person == getattr(people, role)
        assert not page.live
        assert list(page.kommunen.all()) == [kommune]
    else:
        assert response.status_code in (302, 400, 403)
        assert not stored.exists()


def test_a_forged_post_for_another_kommune_is_refused(client, people, kommune, index):
    login_as(client, people.fremder_admin)
    response = client.post(CREATE_URL, form_data(kommune))
    assert response.status_code == 400
    assert response.context["form"].errors["kommunen"] == [
        _("Für diese Kommune können Sie kein Praxisbeispiel einreichen.")
    ]
    assert not CaseStudyPage.objects.exists()


def test_an_admin_cannot_slip_a_foreign_kommune_in_beside_their_own(
    client, people, kommune, other_kommune, index
):
    login_as(client, people.fremder_admin)
    response = client.post(
        CREATE_URL, form_data(other_kommune, kommunen=[other_kommune.pk, kommune.pk])
    )
    assert response.status_code == 400
    assert (
        _("Für diese Kommune können Sie kein Praxisbeispiel einreichen.")
        in response.content.decode()
    )
    assert not CaseStudyPage.objects.exists()


def test_the_service_refuses_a_foreign_kommune_whatever_the_caller(people, kommune, index):
    from django.core.exceptions import PermissionDenied

    data = {**form_data(kommune), "kommunen": [kommune], "handlungsfelder": []}
    with pytest.raises(PermissionDenied):
        submission.save_submission(people.fremder_admin, data)


def test_the_kommune_choice_offers_only_own_kommunen(client, people, kommune, other_kommune, index):
    MembershipFactory(
        user=people.digitallotse, kommune=other_kommune, role=Role.MITGLIED, is_primary=False
    )
    login_as(client, people.digitallotse)
    form = client.get(CREATE_URL).context["form"]
    assert list(form.fields["kommunen"].queryset) == [kommune]


def test_a_draft_lists_the_missing_sections_and_keeps_the_text(client, people, kommune, index):
    login_as(client, people.digitallotse)
    data = form_data(kommune, nutzen="", lessons_learned="")
    response = client.post(CREATE_URL, data, follow=True)
    page = CaseStudyPage.objects.get()
    assert response.redirect_chain[-1][0] == reverse("bestpractice:submission_edit", args=[page.pk])
    body = response.content.decode()
    assert _("Zum Einreichen fehlen noch diese Abschnitte:") in body
    assert str(dict(SECTIONS)["nutzen"]) in body
    assert "Text zu Ist-Situation." in body  # the textarea holds the draft again
    assert response.context["form"].initial["tags"] == "OZG, Bauen"
    assert submission.submission_state(page) == submission.SubmissionState.DRAFT


def test_submitting_needs_every_section_and_keeps_what_was_typed(client, people, kommune, index):
    login_as(client, people.kommunen_admin)
    response = client.post(CREATE_URL, form_data(kommune, aktion="einreichen", soll_prozess=""))
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors["soll_prozess"] == [
        _("Bitte füllen Sie diesen Abschnitt aus, bevor Sie einreichen.")
    ]
    assert "Text zu Nutzen." in response.content.decode()
    assert not CaseStudyPage.objects.exists()


def test_markup_in_text_is_never_stored_as_markup(client, people, kommune, index):
    login_as(client, people.digitallotse)
    script = "<script>alert('x')</script>"
    data = form_data(
        kommune,
        title=f"Bürgerportal {script}",
        teaser=f"Kurz {script}",
        ist_situation=(
            f"Erste Zeile {script}\nzweite Zeile\n\nNeuer Absatz <b onclick='x()'>fett</b>"
        ),
        tags=f"OZG, {script}",
    )
    client.post(CREATE_URL, data)
    draft = CaseStudyPage.objects.get().get_latest_revision_as_object()
    assert draft.title == "Bürgerportal alert('x')"
    assert "<script" not in draft.teaser
    assert "<script" not in draft.ist_situation
    assert "<b " not in draft.ist_situation
    assert draft.ist_situation == (
        "<p>Erste Zeile &lt;script&gt;alert('x')&lt;/script&gt;<br/>zweite Zeile</p>"
        "<p>Neuer Absatz &lt;b onclick='x()'&gt;fett&lt;/b&gt;</p>"
    )
    assert sorted(tag.name for tag in draft.tags.all()) == ["OZG", "alert('x')"]
    revision_json = str(Revision.objects.get().content)
    assert "<script" not in revision_json


def test_a_file_over_10_mb_is_refused_with_a_german_error(client, people, kommune, index):
    # 15 MB: over the limit of a file, under the limit of a request (MAX_REQUEST_BODY_SIZE).
    login_as(client, people.digitallotse)
    big = SimpleUploadedFile("plan.pdf", PDF_BYTES + b"0" * (15 * 1024 * 1024), "application/pdf")
    response = client.post(CREATE_URL, {**form_data(kommune), "document": big})
    assert response.status_code == 400
    error = response.context["form"].errors["document"][0]
    assert "15,0\xa0MB" in error and "10,0\xa0MB" in error
    assert response.context["form"]["title"].value() == "Digitale Bauanträge in Musterstadt"
    assert not CaseStudyPage.objects.exists()
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    "field,name,content",
    [
        ("image", "foto.png", PDF_BYTES),
        ("image", "foto.jpg", None),  # a PNG called .jpg
        ("document", "bericht.pdf", b"MZ\x90\x00 this is a program"),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(
    client, people, kommune, index, field, name, content
):
    login_as(client, people.digitallotse)
    upload = SimpleUploadedFile(name, content if content is not None else png_bytes())
    data = {**form_data(kommune), field: upload, "image_alt": "Ein Foto"}
    response = client.post(CREATE_URL, data)
    assert response.status_code == 400
    assert "passt nicht zu ihrem Namen" in response.context["form"].errors[field][0]
    assert not CaseStudyPage.objects.exists()


def test_an_image_needs_an_alternative_text(client, people, kommune, index):
    login_as(client, people.digitallotse)
    data = {**form_data(kommune), "image": SimpleUploadedFile("foto.png", png_bytes())}
    response = client.post(CREATE_URL, data)
    assert response.status_code == 400
    assert response.context["form"].errors["image_alt"]


def test_image_and_document_are_attached_to_the_draft(client, people, kommune, index):
    login_as(client, people.digitallotse)
    data = {
        **form_data(kommune),
        "image": SimpleUploadedFile("foto.png", png_bytes()),
        "image_alt": "Das neue Bürgerbüro",
        "document": SimpleUploadedFile("steckbrief.pdf", PDF_BYTES),
        "document_title": "Projektsteckbrief",
    }
    assert client.post(CREATE_URL, data).status_code == 302
    draft = CaseStudyPage.objects.get().get_latest_revision_as_object()
    assert [item.alt_text for item in draft.images.all()] == ["Das neue Bürgerbüro"]
    assert [item.display_title for item in draft.documents.all()] == ["Projektsteckbrief"]
    assert get_image_model().objects.get().uploaded_by_user == people.digitallotse


def _stored_images() -> set[str]:
    from django.core.files.storage import default_storage

    if not default_storage.exists("original_images"):
        return set()
    return set(default_storage.listdir("original_images")[1])


def test_a_failed_step_leaves_no_page_image_or_file_behind(people, kommune, index, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("Der Datenbankserver ist weg")

    monkeypatch.setattr(CaseStudyPage, "save_revision", fail)
    data = {
        **form_data(kommune),
        "kommunen": [kommune],
        "handlungsfelder": list(Handlungsfeld.objects.filter(slug="ki")),
    }
    before = _stored_images()
    with pytest.raises(RuntimeError):
        submission.save_submission(
            people.digitallotse,
            data,
            image=submission.Upload(SimpleUploadedFile("foto.png", png_bytes()), "Ein Bild"),
        )
    assert not CaseStudyPage.objects.exists()
    assert not get_image_model().objects.exists()
    assert _stored_images() == before


def _submit(client, user, kommune) -> CaseStudyPage:
    login_as(client, user)
    response = client.post(CREATE_URL, form_data(kommune, aktion="einreichen"))
    assert response.status_code == 302, response.context["form"].errors
    return CaseStudyPage.objects.get()


def _review(page, reviewer, action, capture_on_commit, **options) -> None:
    """The Redaktion's decision on a submitted page, as the CMS takes it, with only the mails
    it sends in the outbox."""
    mail.outbox.clear()
    task_state = page.current_workflow_state.current_task_state
    with capture_on_commit(execute=True):
        task_state.task.specific.on_action(task_state, reviewer, action, **options)


def test_submitting_starts_the_redaktion_review(client, people, kommune, index):
    page = _submit(client, people.digitallotse, kommune)
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == people.digitallotse
    task = state.current_task_state.task.specific
    assert [group.name for group in task.groups.all()] == ["Redaktion"]
    assert submission.submission_state(page) == submission.SubmissionState.IN_REVIEW
    # In review, the submitter can no longer change it.
    assert client.get(reverse("bestpractice:submission_edit", args=[page.pk])).status_code == 403


def test_redaktion_approves_and_the_submitter_is_told(
    client, people, kommune, index, django_capture_on_commit_callbacks
):
    page = _submit(client, people.digitallotse, kommune)
    _review(page, people.redaktion, "approve", django_capture_on_commit_callbacks)
    page.refresh_from_db()
    assert page.live
    assert page.title == "Digitale Bauanträge in Musterstadt"
    assert "Text zu Nutzen." in page.nutzen
    # One mail, the portal's: Wagtail's own links into the CMS, which submitters cannot open.
    [published] = mail.outbox
    assert published.to == [people.digitallotse.email]
    assert "ist veröffentlicht" in published.subject
    assert page.url in published.body
    assert submission.submission_state(page) == submission.SubmissionState.PUBLISHED


def test_redaktion_asks_for_changes_and_the_submitter_revises_and_resubmits(
    client, people, kommune, index, django_capture_on_commit_callbacks
):
    page = _submit(client, people.kommunen_admin, kommune)
    _review(
        page,
        people.redaktion,
        "reject",
        django_capture_on_commit_callbacks,
        comment="Bitte nennen Sie die Kosten genauer.",
    )
    assert submission.submission_state(page) == submission.SubmissionState.REJECTED
    assert [m.to for m in mail.outbox] == [[people.kommunen_admin.email]]  # one mail, ours
    rejection = next(
        m
        for m in mail.outbox
        if m.to == [people.kommunen_admin.email] and "Änderungen" in m.subject
    )
    assert "Bitte nennen Sie die Kosten genauer." in rejection.body

    edit_url = reverse("bestpractice:submission_edit", args=[page.pk])
    response = client.post(
        edit_url, form_data(kommune, aktion="einreichen", kosten_nutzen="12.000 € einmalig.")
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert submission.submission_state(page) == submission.SubmissionState.IN_REVIEW
    latest = page.get_latest_revision_as_object()
    assert latest.kosten_nutzen == "<p>12.000 € einmalig.</p>"


def test_pages_the_redaktion_writes_itself_send_no_mail_on_publish(
    people, kommune, index, django_capture_on_commit_callbacks
):
    from bestpractice.factories import create_case_study

    page = create_case_study(index, kommunen=[kommune], live=False, owner=people.redaktion)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=people.redaktion).publish(user=people.redaktion)
    assert mail.outbox == []


def test_my_submissions_shows_every_state(client, people, kommune, index):
    from bestpractice.factories import create_case_study

    user = people.digitallotse
    login_as(client, user)
    client.post(CREATE_URL, form_data(kommune, title="Entwurf Eins"))
    client.post(CREATE_URL, form_data(kommune, title="Eingereicht Zwei", aktion="einreichen"))
    create_case_study(index, kommunen=[kommune], owner=user, title="Live Drei")
    create_case_study(index, kommunen=[kommune], owner=people.mitglied, title="Fremd Vier")
    response = client.get(reverse("bestpractice:my_submissions"))
    states = {item.title: item.state for item in response.context["submissions"]}
    assert states == {
        "Entwurf Eins": submission.SubmissionState.DRAFT,
        "Eingereicht Zwei": submission.SubmissionState.IN_REVIEW,
        "Live Drei": submission.SubmissionState.PUBLISHED,
    }
    body = response.content.decode()
    assert str(submission.SubmissionState.IN_REVIEW.label) in body
    draft = CaseStudyPage.objects.get(draft_title="Entwurf Eins")
    assert reverse("bestpractice:submission_edit", args=[draft.pk]) in body


def test_my_submissions_needs_the_same_queries_for_few_and_many(client, people, kommune, index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bestpractice.factories import create_case_study

    user = people.digitallotse
    login_as(client, user)
    create_case_study(index, kommunen=[kommune], owner=user)
    client.get(reverse("bestpractice:my_submissions"))  # warms the content type cache
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("bestpractice:my_submissions"))
    for _n in range(5):
        create_case_study(index, kommunen=[kommune], owner=user, live=False)
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("bestpractice:my_submissions"))
    assert len(response.context["submissions"]) == 6
    assert len(many) == len(few)


def test_somebody_else_cannot_edit_a_draft(client, people, kommune, index):
    login_as(client, people.digitallotse)
    client.post(CREATE_URL, form_data(kommune))
    page = CaseStudyPage.objects.get()
    login_as(client, people.kommunen_admin)
    edit_url = reverse("bestpractice:submission_edit", args=[page.pk])
    assert client.get(edit_url).status_code == 403
    assert client.post(edit_url, form_data(kommune, title="Gekapert")).status_code == 403
    assert page.get_latest_revision_as_object().title == "Digitale Bauanträge in Musterstadt"


def test_redaktion_sees_the_submission_in_the_cms_and_approves_it_there(
    client, people, kommune, index, django_capture_on_commit_callbacks
):
    page = _submit(client, people.digitallotse, kommune)
    task_state = page.current_workflow_state.current_task_state
    login_as(client, people.redaktion)
    dashboard = client.get("/cms/")
    assert dashboard.status_code == 200
    assert "Digitale Bauanträge in Musterstadt" in dashboard.content.decode()
    action = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action, {"comment": ""})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert [m.to for m in mail.outbox if "veröffentlicht" in m.subject] == [
        [people.digitallotse.email]
    ]


def test_section_text_survives_a_round_trip_through_rich_text():
    typed = "Erste Zeile & mehr\nzweite Zeile\n\nZweiter Absatz mit <Klammern>"
    stored = submission.text_to_rich_text(typed)
    assert stored == (
        "<p>Erste Zeile &amp; mehr<br/>zweite Zeile</p><p>Zweiter Absatz mit &lt;Klammern&gt;</p>"
    )
    assert submission.rich_text_to_text(stored) == typed
