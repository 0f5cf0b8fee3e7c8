"""Kommune profiles in the network search: public, like the directory."""

from core.taxonomy import LAENDER
from search.registry import PUBLIC, SearchEntry, SearchType, register

from .models import Kommune


@register
class KommuneSearchType(SearchType):
    name = "kommune"
    label = Kommune._meta.verbose_name
    label_plural = Kommune._meta.verbose_name_plural
    model = Kommune

    def get_queryset(self):
        return Kommune.objects.select_related("kreis")

    def entry_for(self, obj: Kommune) -> SearchEntry | None:
        land = LAENDER.get(obj.land, "")
        teaser_parts = [str(obj.get_kind_display()), land]
        if obj.kreis_id:
            teaser_parts.append(obj.kreis.name)
        return SearchEntry(
            type=self.name,
            pk=str(obj.pk),
            title=obj.name,
            url=obj.get_absolute_url(),
            teaser=" · ".join(part for part in teaser_parts if part),
            tags=(str(obj.get_kind_display()), land),
            body=obj.description,
            laender=(obj.land,) if obj.land else (),
            phases=(obj.phase,) if obj.phase else (),
            audience=frozenset({PUBLIC}),
            date=obj.updated_at,
        )
