"""Keeps the cached case study pages current (see core.page_cache).

Visitors get the index and detail pages from the cache; anything these pages show makes the
whole area stale when it changes. Such changes are rare next to page views (a publish, an
edited Kommune, a new rating), so purging the whole area is simpler than tracking which
pages show what, and never leaves a stale page behind.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import page_cache
from network.models import Kommune

from .models import Bookmark, Foerderprogramm, Rating, ReplicationInterest
from .models.pages import CACHE_AREA

# What the index and detail pages show besides the pages themselves: Kommunen in the facts
# box and the map, programmes, sort orders by bookmarks and ratings, images, documents, tags.
SHOWN_MODELS = [
    Kommune,
    Foerderprogramm,
    Bookmark,
    Rating,
    ReplicationInterest,
    Tag,
    get_image_model(),
    get_document_model(),
    # A page made private in the CMS must leave the cache at once: the cache answers before
    # Wagtail's routing would check the restriction.
    PageViewRestriction,
]


def purge_case_study_pages(**kwargs) -> None:
    page_cache.purge(CACHE_AREA)


# Any page, not only case studies: the detail pages list related courses, and a moved or
# renamed index changes every link.
page_published.connect(purge_case_study_pages, dispatch_uid="case-study-cache-published")
page_unpublished.connect(purge_case_study_pages, dispatch_uid="case-study-cache-unpublished")
post_page_move.connect(purge_case_study_pages, dispatch_uid="case-study-cache-moved")

for model in SHOWN_MODELS:
    uid = f"case-study-cache-{model._meta.label_lower}"
    post_save.connect(purge_case_study_pages, sender=model, dispatch_uid=f"{uid}-saved")
    post_delete.connect(purge_case_study_pages, sender=model, dispatch_uid=f"{uid}-deleted")


@receiver(post_delete, dispatch_uid="case-study-cache-page-deleted")
def purge_on_page_deletion(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        page_cache.purge(CACHE_AREA)
