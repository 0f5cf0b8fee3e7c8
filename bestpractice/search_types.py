"""Case studies in the network search: published, publicly visible pages only."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from search.registry import PUBLIC, SearchEntry, SearchType, findable_page, register

from .models import SECTIONS, CaseStudyPage


def _plain(rich_text: str) -> str:
    return " ".join(strip_tags(rich_text or "").split())


@register
class CaseStudySearchType(SearchType):
    name = "casestudy"
    label = _("Praxisbeispiele")
    model = CaseStudyPage

    def get_queryset(self):
        return CaseStudyPage.objects.live().prefetch_related("kommunen", "handlungsfelder", "tags")

    def entry_for(self, obj) -> SearchEntry | None:
        if not findable_page(obj):
            return None
        sections = [_plain(getattr(obj, name)) for name, _label in SECTIONS]
        return SearchEntry(
            type=self.name,
            pk=str(obj.pk),
            title=obj.title,
            url=obj.url or "",
            teaser=obj.teaser,
            tags=tuple(tag.name for tag in obj.tags.all()),
            body=" ".join(part for part in sections if part),
            handlungsfelder=tuple(feld.slug for feld in obj.handlungsfelder.all()),
            laender=tuple(sorted({kommune.land for kommune in obj.kommunen.all()})),
            phases=(obj.phase,),
            audience=frozenset({PUBLIC}),
            date=obj.first_published_at,
        )
