"""Keep the index current: every change to a registered type's model updates its entry.

The update runs as a background task once the transaction commits, so that it reads the
committed object (with its many-to-many relations and tags, which are saved after the object
itself) and a rolled-back change never reaches the index.
"""

from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .registry import registered_types, type_for_model


def schedule_update(model: type[models.Model], pk) -> None:
    search_type = type_for_model(model)
    if search_type is None or pk is None:
        return
    from .tasks import update_entry

    type_name, key = search_type.name, str(pk)
    transaction.on_commit(lambda: update_entry.enqueue(type_name, key))


def _on_save_or_delete(sender, instance, **kwargs):
    schedule_update(type(instance), instance.pk)


def _on_m2m_change(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if reverse:
        # Changed from the other side (e.g. a Handlungsfeld's items): update each item.
        for pk in pk_set or ():
            schedule_update(model, pk)
    else:
        schedule_update(type(instance), instance.pk)


def schedule_page_and_descendants(page) -> None:
    """A page's entry and those of the registered pages below it: their URLs, visibility and
    inherited facets (a lesson's come from its course) change with the page."""
    schedule_update(type(page.specific_deferred), page.pk)
    for search_type in registered_types().values():
        if issubclass(search_type.model, Page):
            for pk in search_type.model.objects.descendant_of(page).values_list("pk", flat=True):
                schedule_update(search_type.model, pk)


def _on_page_event(sender, instance, **kwargs):
    schedule_page_and_descendants(instance)


def _on_view_restriction_change(sender, instance, **kwargs):
    # A page made private (or public again) in the CMS: neither it nor anything below it may
    # be found by people the restriction keeps out.
    schedule_page_and_descendants(instance.page)


def connect_signals() -> None:
    """Called once in SearchConfig.ready(), after every app's search_types are imported."""
    for search_type in registered_types().values():
        connect_model(search_type.model)
    page_published.connect(_on_page_event, dispatch_uid="search-page-published")
    page_unpublished.connect(_on_page_event, dispatch_uid="search-page-unpublished")
    post_page_move.connect(_on_page_event, dispatch_uid="search-page-moved")
    post_save.connect(
        _on_view_restriction_change, PageViewRestriction, dispatch_uid="search-restriction-saved"
    )
    post_delete.connect(
        _on_view_restriction_change, PageViewRestriction, dispatch_uid="search-restriction-deleted"
    )


def connect_model(model: type[models.Model]) -> None:
    uid = f"search-{model._meta.label_lower}"
    post_save.connect(_on_save_or_delete, sender=model, dispatch_uid=f"{uid}-save")
    post_delete.connect(_on_save_or_delete, sender=model, dispatch_uid=f"{uid}-delete")
    for field in model._meta.get_fields():
        through = getattr(getattr(field, "remote_field", None), "through", None)
        if field.many_to_many and not field.auto_created and through is not None:
            m2m_changed.connect(_on_m2m_change, sender=through, dispatch_uid=f"{uid}-{field.name}")


def disconnect_model(model: type[models.Model]) -> None:
    uid = f"search-{model._meta.label_lower}"
    post_save.disconnect(sender=model, dispatch_uid=f"{uid}-save")
    post_delete.disconnect(sender=model, dispatch_uid=f"{uid}-delete")
    for field in model._meta.get_fields():
        through = getattr(getattr(field, "remote_field", None), "through", None)
        if field.many_to_many and not field.auto_created and through is not None:
            m2m_changed.disconnect(sender=through, dispatch_uid=f"{uid}-{field.name}")
