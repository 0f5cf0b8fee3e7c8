"""What the case study page shows besides its own fields, loaded in a constant number of
queries: the facts box's relations, images with their renditions, documents, the contact
person for those allowed to see them, and what other areas offer for its Handlungsfelder."""

from django.db.models import Prefetch

from core.breadcrumbs import page_trail
from core.permissions import has_perm
from core.plugins import related_content
from network.models import Kommune, Membership

from .models.pages import CONTENT_KIND


def contact_kommune(contact, kommunen: list[Kommune]) -> Kommune | None:
    """The contact's Kommune: one of the case study's own if they belong to it, else their
    primary one."""
    memberships = list(
        Membership.objects.confirmed().filter(user=contact).select_related("kommune")
    )
    own = {kommune.pk for kommune in kommunen}
    for membership in memberships:
        if membership.kommune_id in own:
            return membership.kommune
    primary = next((m for m in memberships if m.is_primary), None)
    fallback = primary or (memberships[0] if memberships else None)
    return fallback.kommune if fallback else None


def detail_context(page, request) -> dict:
    kommunen = list(page.kommunen.all())
    handlungsfelder = list(page.handlungsfelder.all())
    breadcrumbs = page_trail(page)
    context = {
        "breadcrumbs": breadcrumbs,
        # Case studies sit directly below the index; its crumb links back to the filters.
        "index_url": breadcrumbs[-2].url if len(breadcrumbs) > 2 else "",
        "kommunen": kommunen,
        "handlungsfelder": handlungsfelder,
        "related_content": related_content(
            (feld.slug for feld in handlungsfelder), exclude=CONTENT_KIND
        ),
        "case_study_tags": list(page.tags.all()),
        "case_study_images": _images(page),
        "case_study_documents": _documents(page),
        "may_see_contact": has_perm(request.user, "bestpractice.see_contact", page),
    }
    if context["may_see_contact"] and page.contact_person_id:
        contact = page.contact_person
        if contact.is_active:
            context["contact"] = contact
            context["contact_kommune"] = contact_kommune(contact, kommunen)
    return context


def _images(page) -> list:
    if not page.pk:  # a preview of a page not saved yet keeps its images in memory
        return list(page.images.all())
    from wagtail.images import get_image_model

    images = get_image_model().objects.prefetch_renditions()
    return list(page.images.prefetch_related(Prefetch("image", queryset=images)))


def _documents(page) -> list:
    if not page.pk:
        return list(page.documents.all())
    return list(page.documents.select_related("document"))
