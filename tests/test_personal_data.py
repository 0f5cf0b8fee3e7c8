"""Every relation that names a person is in their data export, or a reason says why not; and
deleting an account leaves no trace of the person in the CMS's revisions and history.

The walk below finds every foreign key, one-to-one and many-to-many field that points at the
user model (and the user model's own many-to-many fields) in every installed app. A new model
that stores a person fails here until its app exports it (DATA_EXPORT) or a reason is written
into JUSTIFIED.
"""

import json
from collections.abc import Callable

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.log_actions import log
from wagtail.models import (
    Comment,
    CommentReply,
    GroupApprovalTask,
    ModelLogEntry,
    PageLogEntry,
    PageSubscription,
    ReferenceIndex,
    Revision,
    Workflow,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from bestpractice.factories import case_study_index, create_case_study
from bestpractice.models import Bookmark, CaseStudyPage, Rating, ReplicationInterest
from core.factories import UserFactory
from core.permissions import REDAKTION
from learning.certificates import issue_certificate
from learning.models import CertificateKind
from network.factories import KommuneFactory, MembershipFactory
from network.models import Invitation, MembershipState
from portal.accounts.privacy import delete_account, export_personal_data
from tests.helpers import give_totp
from tests.learning.certificate_helpers import finished_course

pytestmark = pytest.mark.django_db


def relations_to_a_person() -> set[str]:
    """ "app.Model.field" of every relation naming a person. An inherited field counts once,
    on the model that declares it (Page.owner, not CaseStudyPage.owner)."""
    user_model = get_user_model()
    found = set()
    for model in apps.get_models():
        for field in [*model._meta.local_fields, *model._meta.local_many_to_many]:
            points_at_person = field.is_relation and field.related_model is user_model
            persons_own_relation = model is user_model and field.many_to_many
            if points_at_person or persons_own_relation:
                found.add(f"{model._meta.label}.{field.name}")
    return found


# --- what is exported, and a row that proves it -------------------------------------------

# relation -> (where in the export it shows, a function making one row of it for a person)
COVERED: dict[str, tuple[str, Callable]] = {}


def exported_as(path: str, *relations: str):
    def register(make):
        for relation in relations:
            COVERED[relation] = (path, make)
        return make

    return register


def _case_study(**fields) -> CaseStudyPage:
    return create_case_study(case_study_index(), kommunen=[KommuneFactory()], **fields)


@exported_as("gruppen", "accounts.User.groups")
def _join_group(person):
    person.groups.add(Group.objects.get(name=REDAKTION))


@exported_as("e_mail_adressen", "account.EmailAddress.user")
def _add_address(person):
    EmailAddress.objects.create(user=person, email=f"zweite-{person.pk}@kommune.example")


@exported_as("zwei_faktor", "mfa.Authenticator.user")
def _set_up_totp(person):
    give_totp(person)


@exported_as("mitgliedschaften", "network.Membership.user")
def _become_member(person):
    MembershipFactory(user=person)


@exported_as("entschiedene_beitrittsanfragen", "network.Membership.decided_by")
def _confirm_a_request(person):
    MembershipFactory(decided_by=person, decided_at=timezone.now())


@exported_as("einladungen.verschickt", "network.Invitation.invited_by")
def _invite_a_colleague(person):
    Invitation.objects.create(
        kommune=KommuneFactory(), email="neu@kommune.example", invited_by=person
    )


@exported_as("praxisbeispiele.merkliste", "bestpractice.Bookmark.user")
def _bookmark(person):
    Bookmark.objects.create(user=person, case_study=_case_study())


@exported_as("praxisbeispiele.bewertungen", "bestpractice.Rating.user")
def _rate(person):
    Rating.objects.create(user=person, case_study=_case_study(), usefulness=4)


@exported_as("praxisbeispiele.das_wollen_wir_auch", "bestpractice.ReplicationInterest.user")
def _want_too(person):
    ReplicationInterest.objects.create(
        user=person, kommune=KommuneFactory(), case_study=_case_study(), message="Bitte anrufen."
    )


@exported_as("praxisbeispiele.als_ansprechperson", "bestpractice.CaseStudyPage.contact_person")
def _be_contact_person(person):
    _case_study(contact_person=person)


@exported_as("lernen.kurse", "learning.Enrollment.user")
def _enrol(person):
    finished_course(person, title="Datenschutz im Amt")


@exported_as("lernen.quizversuche", "learning.QuizAttempt.user")
def _take_a_quiz(person):
    finished_course(person, title="E-Akte")


@exported_as("lernen.bescheinigungen", "learning.Certificate.user")
def _earn_a_certificate(person):
    course, _lessons, _enrollment = finished_course(person, title="OZG-Grundlagen")
    issue_certificate(person, course, CertificateKind.TEILNAHME)


@exported_as("redaktionssystem.eigene_seiten", "wagtailcore.Page.owner")
def _own_a_page(person):
    _case_study(owner=person)


@exported_as("redaktionssystem.gesperrte_seiten", "wagtailcore.Page.locked_by")
def _lock_a_page(person):
    _case_study(locked=True, locked_by=person, locked_at=timezone.now())


@exported_as("redaktionssystem.versionen", "wagtailcore.Revision.user")
def _save_a_revision(person):
    _case_study().save_revision(user=person)


@exported_as("redaktionssystem.protokoll", "wagtailcore.PageLogEntry.user")
def _edit_a_page(person):
    log(instance=_case_study(), action="wagtail.edit", user=person)


@exported_as("redaktionssystem.protokoll", "wagtailcore.ModelLogEntry.user")
def _edit_a_kommune(person):
    log(instance=KommuneFactory(), action="wagtail.edit", user=person)


@exported_as("redaktionssystem.kommentare", "wagtailcore.Comment.user")
def _comment(person):
    Comment.objects.create(page=_case_study(), user=person, text="Quelle?", contentpath="title")


@exported_as("redaktionssystem.erledigte_kommentare", "wagtailcore.Comment.resolved_by")
def _resolve_a_comment(person):
    Comment.objects.create(
        page=_case_study(),
        user=UserFactory(),
        text="Quelle?",
        contentpath="title",
        resolved_by=person,
        resolved_at=timezone.now(),
    )


@exported_as("redaktionssystem.antworten", "wagtailcore.CommentReply.user")
def _reply(person):
    comment = Comment.objects.create(
        page=_case_study(), user=UserFactory(), text="Quelle?", contentpath="title"
    )
    CommentReply.objects.create(comment=comment, user=person, text="Steht im Anhang.")


@exported_as("redaktionssystem.abonnierte_seiten", "wagtailcore.PageSubscription.user")
def _subscribe(person):
    PageSubscription.objects.create(page=_case_study(), user=person, comment_notifications=True)


def _start_review(page, requested_by):
    workflow = Workflow.objects.create(name="Prüfung")
    task = GroupApprovalTask.objects.create(name="Redaktion prüft")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    page.save_revision(user=requested_by)
    return workflow.start(page, requested_by)


@exported_as("redaktionssystem.freigabeanfragen", "wagtailcore.WorkflowState.requested_by")
def _ask_for_review(person):
    _start_review(_case_study(live=False), person)


@exported_as("redaktionssystem.pruefschritte", "wagtailcore.TaskState.finished_by")
def _review(person):
    task_state = _start_review(_case_study(live=False), UserFactory()).current_task_state
    task_state.finished_by = person
    task_state.finished_at = timezone.now()
    task_state.save()


@exported_as("redaktionssystem.hochgeladene_dateien", "wagtailimages.Image.uploaded_by_user")
def _upload_an_image(person):
    get_image_model().objects.create(
        title="Rathaus", file=get_test_image_file(), uploaded_by_user=person
    )


@exported_as("redaktionssystem.hochgeladene_dateien", "wagtaildocs.Document.uploaded_by_user")
def _upload_a_document(person):
    pdf = ContentFile(b"%PDF-1.4\n", name="konzept.pdf")
    get_document_model().objects.create(title="Konzept", file=pdf, uploaded_by_user=person)


@exported_as("redaktionssystem.einstellungen", "wagtailusers.UserProfile.user")
def _choose_cms_settings(person):
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = "de"
    profile.save()


@exported_as("redaktionssystem.verwaltungsprotokoll", "admin.LogEntry.user")
def _change_something_in_django_admin(person):
    kommune = KommuneFactory()
    LogEntry.objects.create(
        user=person,
        content_type=ContentType.objects.get_for_model(kommune),
        object_id=str(kommune.pk),
        object_repr=str(kommune),
        action_flag=CHANGE,
    )


# --- what is not exported, and why -------------------------------------------------------

JUSTIFIED: dict[str, str] = {
    "accounts.User.user_permissions": (
        "Das Portal vergibt Rechte nur über Gruppen (exportiert als „gruppen“): Wagtails "
        "Benutzerverwaltung bietet keine Einzelrechte an, und das Benutzermodell steht nicht "
        "im Django-Admin."
    ),
    "wagtailadmin.EditingSession.user": (
        "Zeigt im CMS, wer dieselbe Seite gerade offen hat; Wagtail verwirft die Zeile eine "
        "Stunde nach dem letzten Lebenszeichen. Sie hält keinen Inhalt."
    ),
    "wagtailadmin.FormState.user": (
        "Zwischenstand eines CMS-Formulars für die Vorschau; Wagtail verwirft ihn nach 24 "
        "Stunden. Was gespeichert wird, steht in „redaktionssystem.versionen“."
    ),
    "wagtailcore.UploadedFile.uploaded_by_user": (
        "Wagtails Ablage für Mehrfach-Uploads, deren Pflichtangaben fehlen. Bilder und "
        "Dokumente des Portals haben außer dem Titel, den Wagtail aus dem Dateinamen nimmt, "
        "keine Pflichtangaben, also legt Wagtail hier nichts ab."
    ),
}


def _exported(person) -> dict:
    """The export as the download carries it: plain JSON."""
    return json.loads(json.dumps(export_personal_data(person)))


def _at(export: dict, path: str):
    value = export
    for key in path.split("."):
        value = value[key]
    return value


def _rows_naming(person, relation: str) -> bool:
    model_label, field = relation.rsplit(".", 1)
    model = apps.get_model(model_label)
    if model is get_user_model():
        return getattr(person, field).exists()
    return model._default_manager.filter(**{field: person}).exists()


def test_every_relation_to_a_person_is_exported_or_justified():
    found = relations_to_a_person()
    declared = COVERED.keys() | JUSTIFIED.keys()
    assert not COVERED.keys() & JUSTIFIED.keys()
    assert found - declared == set(), "neither exported nor justified"
    assert declared - found == set(), "declared, but no such relation any more"


@pytest.mark.parametrize("relation", sorted(COVERED))
def test_a_row_naming_the_person_shows_in_their_export(relation):
    path, make = COVERED[relation]
    person = UserFactory()
    before = _at(_exported(person), path)

    make(person)

    assert _rows_naming(person, relation)
    after = _at(_exported(person), path)
    assert after and after != before


# --- deletion: what the CMS keeps of the person ------------------------------------------


@pytest.fixture
def person(db):
    return UserFactory(groups=[REDAKTION], first_name="Paula", last_name="Privat")


@pytest.fixture
def colleague(db):
    return UserFactory(groups=[REDAKTION])


def _comment_on(page, author, text) -> Comment:
    comment = Comment.objects.create(page=page, user=author, text=text, contentpath="title")
    comment.log_create(user=author)
    return comment


def _reply_to(comment, author, text) -> CommentReply:
    reply = CommentReply.objects.create(comment=comment, user=author, text=text)
    reply.log_create(user=author)
    return reply


def test_deletion_leaves_no_id_of_the_person_in_revisions(person, colleague):
    page = _case_study(live=False, owner=person, contact_person=person)
    page.save_revision(user=person)
    page.save_revision(user=colleague)
    person_id = person.pk

    delete_account(person)

    assert not Revision.objects.filter(user_id=person_id).exists()
    for revision in Revision.objects.all():
        assert revision.content["owner"] is None
        assert revision.content["contact_person"] is None
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().contact_person_id is None


def test_deletion_takes_the_persons_comments_out_of_revisions(person, colleague):
    page = _case_study(live=False)
    own = _comment_on(page, person, "Bitte bei Frau Privat, 0151 123456, nachfragen.")
    _reply_to(own, colleague, "Erledigt.")
    other = _comment_on(page, colleague, "Zahlen prüfen.")
    _reply_to(other, person, "Sind geprüft.")
    page.save_revision(user=colleague)

    delete_account(person)

    (revision,) = Revision.objects.all()
    (kept,) = revision.content["wagtail_admin_comments"]
    assert kept["text"] == "Zahlen prüfen."
    assert kept["replies"] == []


def test_deletion_blanks_the_persons_comment_texts_in_the_history(person, colleague):
    page = _case_study(live=False)
    own = _comment_on(page, person, "Bitte bei Frau Privat, 0151 123456, nachfragen.")
    _reply_to(own, colleague, "Erledigt.")
    other = _comment_on(page, colleague, "Zahlen prüfen.")
    _reply_to(other, person, "Sind geprüft.")

    delete_account(person)

    history = str(list(PageLogEntry.objects.values_list("data", flat=True)))
    assert "0151" not in history
    assert "Sind geprüft." not in history
    assert "Zahlen prüfen." in history
    assert "Erledigt." in history


def test_deletion_removes_the_persons_id_from_the_history(person, colleague):
    page = _case_study()
    kommune = KommuneFactory()
    log(instance=page, action="wagtail.edit", user=person)
    log(instance=kommune, action="wagtail.edit", user=person)
    log(instance=page, action="wagtail.edit", user=colleague)
    person_id = person.pk

    delete_account(person)

    assert not PageLogEntry.objects.filter(user_id=person_id).exists()
    assert not ModelLogEntry.objects.filter(user_id=person_id).exists()
    assert PageLogEntry.objects.filter(user=colleague).count() == 1
    assert PageLogEntry.objects.filter(user__isnull=True, action="wagtail.edit").exists()
    assert ModelLogEntry.objects.filter(user__isnull=True, action="wagtail.edit").exists()


def test_deletion_removes_the_history_of_what_goes_with_the_account(person, colleague):
    membership = MembershipFactory(user=person, state=MembershipState.CONFIRMED)
    log(instance=person, action="wagtail.edit", user=colleague)
    log(instance=membership, action="wagtail.edit", user=colleague)
    log(instance=membership.kommune, action="wagtail.edit", user=colleague)
    membership_type = ContentType.objects.get_for_model(membership)
    LogEntry.objects.create(
        user=colleague,
        content_type=membership_type,
        object_id=str(membership.pk),
        object_repr=str(membership),
        action_flag=CHANGE,
    )

    delete_account(person)

    labels = list(ModelLogEntry.objects.values_list("label", flat=True))
    assert labels == [str(membership.kommune)]
    assert not LogEntry.objects.filter(content_type=membership_type).exists()


def test_deletion_leaves_no_reference_to_the_person_in_the_reference_index(person, colleague):
    page = _case_study(contact_person=person)
    _comment_on(page, person, "Quelle?")
    page.save()  # the reference index follows a page when it is saved
    user_type = ContentType.objects.get_for_model(get_user_model())
    references = ReferenceIndex.objects.filter(
        to_content_type=user_type, to_object_id=str(person.pk)
    )
    assert references.exists()

    delete_account(person)

    assert not references.exists()


def test_deletion_releases_the_persons_page_locks(person):
    page = _case_study(locked=True, locked_by=person, locked_at=timezone.now())

    delete_account(person)

    page.refresh_from_db()
    assert (page.locked, page.locked_by_id, page.locked_at) == (False, None, None)
