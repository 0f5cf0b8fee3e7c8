"""Case studies in the network search: published, publicly visible pages only."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from search.pages import PageSearchType
from search.registry import PUBLIC, SearchEntry, register

from .models import SECTIONS, CaseStudyPage


def _plain(rich_text: str) -> str:
    return " ".join(strip_tags(rich_text or "").split())


@register
class CaseStudySearchType(PageSearchType):
    name = "casestudy"
    label = _("Praxisbeispiel")
    label_plural = _("Praxisbeispiele")
    model = CaseStudyPage
    prefetch = ("kommunen", "handlungsfelder", "tags")

    def page_entry(self, page: CaseStudyPage) -> SearchEntry:
        sections = [_plain(getattr(page, name)) for name, _label in SECTIONS]
        return self.entry(
            page,
            teaser=page.teaser,
            tags=tuple(tag.name for tag in page.tags.all()),
            body=" ".join(part for part in sections if part),
            handlungsfelder=tuple(feld.slug for feld in page.handlungsfelder.all()),
            laender=tuple(sorted({kommune.land for kommune in page.kommunen.all()})),
            phases=(page.phase,),
            audience=frozenset({PUBLIC}),
            date=page.first_published_at,
        )
