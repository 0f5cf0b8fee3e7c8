"""What the CMS keeps of a person: their part of the data export, and what account deletion
erases or anonymises there.

Wagtail and the Django admin are no app's own, so their share of the DSGVO rights lives here,
registered in core/wagtail_hooks.py like every app's. Deleting the user row is not enough for
them: Wagtail copies a page, with its owner, contact person and comments, into the JSON of
every revision; its history keeps the person's id (the column has no database constraint) and
the text of their comments; its reference index keeps "page → person" rows; and log entries
about the account and its memberships keep the person's name as their label.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, router
from django.db.models import Q
from django.db.models.deletion import Collector
from modelcluster.models import get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import (
    Comment,
    CommentReply,
    LockableMixin,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    ReferenceIndex,
    Revision,
    RevisionMixin,
    TaskState,
    WorkflowState,
)
from wagtail.users.models import UserProfile

from .export import iso

# --- the export --------------------------------------------------------------------------


def export_cms_activity(user) -> dict:
    """The person's work in the CMS: pages, versions, history, comments, reviews, uploads,
    settings. Members who only submit case studies find their submissions here too, since a
    submission is a page in the CMS."""
    return {
        "eigene_seiten": _owned_pages(user),
        "gesperrte_seiten": _locked_pages(user),
        "versionen": _revisions_by(user),
        "protokoll": _history_of(user),
        "kommentare": _comments_by(user),
        "antworten": _replies_by(user),
        "erledigte_kommentare": _comments_resolved_by(user),
        "abonnierte_seiten": _subscriptions_of(user),
        "freigabeanfragen": _reviews_requested_by(user),
        "pruefschritte": _review_steps_finished_by(user),
        "hochgeladene_dateien": _uploads_of(user),
        "einstellungen": _cms_settings_of(user),
        "verwaltungsprotokoll": _django_admin_history_of(user),
    }


def _owned_pages(user) -> list[dict]:
    return [
        {
            "titel": page.draft_title,
            "art": str(page.specific_class._meta.verbose_name),
            "veroeffentlicht": page.live,
            "zuletzt_geaendert_am": iso(page.latest_revision_created_at),
        }
        for page in Page.objects.filter(owner=user).order_by("path")
    ]


def _locked_pages(user) -> list[dict]:
    return [
        {"titel": page.draft_title, "gesperrt_am": iso(page.locked_at)}
        for page in Page.objects.filter(locked_by=user).order_by("path")
    ]


def _revisions_by(user) -> list[dict]:
    return [
        {"objekt": revision.object_str, "gespeichert_am": iso(revision.created_at)}
        for revision in Revision.objects.filter(user=user).order_by("created_at")
    ]


def _history_of(user) -> list[dict]:
    entries = [
        entry
        for log_model in log_action_registry.get_log_entry_models()
        for entry in log_model.objects.filter(user=user)
    ]
    return [
        {"aktion": str(entry.message), "objekt": entry.label, "zeitpunkt": iso(entry.timestamp)}
        for entry in sorted(entries, key=lambda entry: entry.timestamp)
    ]


def _comments_by(user) -> list[dict]:
    return [
        {
            "seite": comment.page.title,
            "text": comment.text,
            "geschrieben_am": iso(comment.created_at),
            "erledigt_am": iso(comment.resolved_at),
        }
        for comment in Comment.objects.filter(user=user).select_related("page")
    ]


def _replies_by(user) -> list[dict]:
    return [
        {
            "seite": reply.comment.page.title,
            "text": reply.text,
            "geschrieben_am": iso(reply.created_at),
        }
        for reply in CommentReply.objects.filter(user=user).select_related("comment__page")
    ]


def _comments_resolved_by(user) -> list[dict]:
    return [
        {"seite": comment.page.title, "erledigt_am": iso(comment.resolved_at)}
        for comment in Comment.objects.filter(resolved_by=user).select_related("page")
    ]


def _subscriptions_of(user) -> list[dict]:
    return [
        {"seite": subscription.page.title, "kommentare": subscription.comment_notifications}
        for subscription in PageSubscription.objects.filter(user=user).select_related("page")
    ]


def _reviews_requested_by(user) -> list[dict]:
    states = (
        WorkflowState.objects.filter(requested_by=user)
        .select_related("workflow")
        .prefetch_related("content_object")
        .order_by("created_at")
    )
    return [
        {
            "objekt": str(state.content_object) if state.content_object else None,
            "ablauf": state.workflow.name,
            "status": str(state.get_status_display()),
            "angefragt_am": iso(state.created_at),
        }
        for state in states
    ]


def _review_steps_finished_by(user) -> list[dict]:
    steps = (
        TaskState.objects.filter(finished_by=user)
        .select_related("task", "revision")
        .order_by("finished_at")
    )
    return [
        {
            "objekt": step.revision.object_str,
            "aufgabe": step.task.name,
            "status": str(step.get_status_display()),
            "kommentar": step.comment,
            "erledigt_am": iso(step.finished_at),
        }
        for step in steps
    ]


def _uploads_of(user) -> list[dict]:
    return [
        {
            "titel": upload.title,
            "art": str(model._meta.verbose_name),
            "datei": upload.filename,
            "hochgeladen_am": iso(upload.created_at),
        }
        for model in (get_image_model(), get_document_model())
        for upload in model.objects.filter(uploaded_by_user=user).order_by("created_at")
    ]


def _cms_settings_of(user) -> dict | None:
    profile = UserProfile.objects.filter(user=user).first()
    if profile is None:
        return None
    return {
        "sprache": profile.preferred_language,
        "zeitzone": profile.current_time_zone,
        "farbschema": profile.theme,
        "kontrast": profile.contrast,
        "dichte": profile.density,
        "profilbild": bool(profile.avatar),
        "mails": {
            "eingereicht": profile.submitted_notifications,
            "freigegeben": profile.approved_notifications,
            "abgelehnt": profile.rejected_notifications,
            "kommentare": profile.updated_comments_notifications,
        },
        "ausgeblendete_hinweise": sorted(profile.dismissibles),
    }


def _django_admin_history_of(user) -> list[dict]:
    return [
        {
            "aktion": str(entry.get_action_flag_display()),
            "objekt": entry.object_repr,
            "zeitpunkt": iso(entry.action_time),
        }
        for entry in LogEntry.objects.filter(user=user).order_by("action_time")
    ]


# --- account deletion --------------------------------------------------------------------


def forget_person_in_cms(user) -> None:
    """Erase or anonymise what the CMS would keep of the person once their row is gone. Runs
    before the deletion, while the person's log entries and comments still say what is theirs."""
    comment_ids, reply_ids = _comments_written_by(user)
    _take_person_out_of_revisions(user)
    _blank_comment_texts_in_history(comment_ids, reply_ids)
    _forget_history_of_what_goes_with(user)
    _anonymise_history_of(user)
    _forget_references_to(user)
    _release_locks_of(user)


def _person_fields(model) -> list[models.Field]:
    user_model = get_user_model()
    return [
        field
        for field in model._meta.get_fields()
        if field.concrete and field.many_to_one and field.related_model is user_model
    ]


def _comments_written_by(user) -> tuple[set[int], set[int]]:
    """Ids of the person's comments and replies, including those already deleted, whose text
    Wagtail still quotes in the history of the page."""
    comment_ids = set(Comment.objects.filter(user=user).values_list("pk", flat=True))
    reply_ids = set(CommentReply.objects.filter(user=user).values_list("pk", flat=True))
    written = PageLogEntry.objects.filter(
        user=user, action__in=["wagtail.comments.create", "wagtail.comments.create_reply"]
    )
    for action, data in written.values_list("action", "data"):
        if action == "wagtail.comments.create":
            comment_ids.add(data["comment"]["id"])
        else:
            reply_ids.add(data["reply"]["id"])
    return comment_ids, reply_ids


def _take_person_out_of_revisions(user) -> None:
    for revision in _revisions_that_may_name(user).select_related("content_type").iterator():
        model = revision.content_type.model_class()
        if model is not None and _remove_person(revision.content, model, user.pk):
            Revision.objects.filter(pk=revision.pk).update(content=revision.content)


def _revisions_that_may_name(user):
    """Revisions whose JSON may hold the person: their own, those naming them in a field of
    the object, and those of every object they acted on (Wagtail logs every edit, comment and
    review) or that refers to them now (a comment in the reference index)."""
    field_names = {
        field.name
        for model in apps.get_models()
        if issubclass(model, RevisionMixin)
        for field in _person_fields(model)
    }
    named = [Q(**{f"content__{name}": user.pk}) for name in field_names]
    return Revision.objects.filter(reduce(or_, [Q(user=user), *named, *_objects_touched_by(user)]))


def _objects_touched_by(user) -> list[Q]:
    object_ids = defaultdict(set)
    page_type = ContentType.objects.get_for_model(Page)
    for page_id in PageLogEntry.objects.filter(user=user).values_list("page_id", flat=True):
        object_ids[page_type.pk].add(str(page_id))
    logged = ModelLogEntry.objects.filter(user=user).values_list("content_type_id", "object_id")
    for content_type_id, object_id in logged:
        object_ids[content_type_id].add(object_id)
    referring = _references_to(user).values_list("base_content_type_id", "object_id")
    for content_type_id, object_id in referring:
        object_ids[content_type_id].add(object_id)
    return [
        (Q(base_content_type_id=type_id) | Q(content_type_id=type_id)) & Q(object_id__in=ids)
        for type_id, ids in object_ids.items()
    ]


def _remove_person(data: dict, model, user_pk) -> bool:
    """Take the person out of one serialised object the way the database does it with the
    rows: a reference it would set to NULL becomes None, and a child it would delete with the
    account (a comment, a reply) is left out, with what hangs below it. True if changed."""
    changed = False
    for field in _person_fields(model):
        if data.get(field.name) == user_pk:
            data[field.name] = None
            changed = True
    for relation in get_all_child_relations(model):
        name, child_model = relation.get_accessor_name(), relation.related_model
        children = data.get(name)
        if not isinstance(children, list):
            continue
        kept = [child for child in children if not _goes_with(child, child_model, user_pk)]
        if len(kept) != len(children):
            data[name] = kept
            changed = True
        for child in kept:
            changed |= _remove_person(child, child_model, user_pk)
    return changed


def _goes_with(data: dict, model, user_pk) -> bool:
    return any(
        field.remote_field.on_delete is models.CASCADE and data.get(field.name) == user_pk
        for field in _person_fields(model)
    )


def _blank_comment_texts_in_history(comment_ids: set[int], reply_ids: set[int]) -> None:
    """The comment rows go with the account; Wagtail's history quotes their text in its own
    entries and in those of colleagues who replied or resolved them."""
    quoting = PageLogEntry.objects.filter(action__startswith="wagtail.comments.").filter(
        Q(data__comment__id__in=comment_ids) | Q(data__reply__id__in=reply_ids)
    )
    for entry in quoting:
        for part, ids in (("comment", comment_ids), ("reply", reply_ids)):
            quoted = entry.data.get(part)
            if quoted and quoted["id"] in ids:
                quoted["text"] = ""
        PageLogEntry.objects.filter(pk=entry.pk).update(data=entry.data)


def _forget_history_of_what_goes_with(user) -> None:
    """Log entries about the account itself and the rows deleted with it (memberships, …)
    are labelled with the person's name; the objects are gone, so their history goes too."""
    collector = Collector(using=router.db_for_write(type(user)))
    collector.collect([user])
    for model, pks in _collected(collector):
        content_type = ContentType.objects.get_for_model(model)
        object_ids = [str(pk) for pk in pks]
        ModelLogEntry.objects.filter(content_type=content_type, object_id__in=object_ids).delete()
        LogEntry.objects.filter(content_type=content_type, object_id__in=object_ids).delete()


def _collected(collector: Collector):
    for model, instances in collector.data.items():
        yield model, [instance.pk for instance in instances]
    for queryset in collector.fast_deletes:
        # Many-to-many link rows (the person's groups) are nobody's log entry subject.
        if not queryset.model._meta.auto_created:
            yield queryset.model, list(queryset.values_list("pk", flat=True))


def _anonymise_history_of(user) -> None:
    """Wagtail keeps its history after a user is deleted (the column has no constraint), so
    the person's id would stay in every entry; the entries stay, the person becomes unknown."""
    for log_model in log_action_registry.get_log_entry_models():
        log_model.objects.filter(user_id=user.pk).update(user=None)


def _references_to(user):
    user_type = ContentType.objects.get_for_model(user)
    return ReferenceIndex.objects.filter(to_content_type=user_type, to_object_id=str(user.pk))


def _forget_references_to(user) -> None:
    # Clearing a contact person or deleting a comment by cascade does not save the page, so
    # the reference index would keep pointing at the deleted person.
    _references_to(user).delete()


def _release_locks_of(user) -> None:
    """A lock whose holder is gone only stands in the way of the colleagues."""
    lockable = {
        model._meta.get_field("locked_by").model
        for model in apps.get_models()
        if issubclass(model, LockableMixin)
    }
    for model in lockable:
        model._default_manager.filter(locked_by=user).update(
            locked=False, locked_by=None, locked_at=None
        )
