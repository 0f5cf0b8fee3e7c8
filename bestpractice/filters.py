"""Finding case studies: the index's filters with their counts, sorting and the map.

Every filter is a subquery on the case study's primary key, so that filters never multiply
rows and each facet can be counted with all *other* active filters applied, one query per
facet whatever the amount of data. The JSON API reuses `filter_case_studies` and
`sort_case_studies` with the same parameters as the index URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.db.models import Avg, Count, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from core.taxonomy import LAENDER, Phase, SizeClass, Topic
from network.models import Handlungsfeld, Kommune

from .models import Bookmark, CaseStudyPage, Foerderprogramm, Rating, Status

PAGE_SIZE = 12

# Cost ranges of the one-off cost: (key, label, lower bound inclusive, upper bound exclusive).
COST_RANGES: list[tuple[str, str, int | None, int | None]] = [
    ("bis-10000", _("bis 10.000 €"), None, 10_000),
    ("10000-50000", _("10.000 bis 50.000 €"), 10_000, 50_000),
    ("50000-250000", _("50.000 bis 250.000 €"), 50_000, 250_000),
    ("ueber-250000", _("über 250.000 €"), 250_000, None),
]
COST_UNKNOWN = "ohne-angabe"

SORTS: dict[str, str] = {
    "neueste": _("Neueste zuerst"),
    "merkliste": _("Am häufigsten gemerkt"),
    "bewertung": _("Am besten bewertet"),
}
DEFAULT_SORT = "neueste"

# URL parameter -> heading of the facet, in the order the filter form shows them.
FACET_LABELS: dict[str, str] = {
    "handlungsfeld": _("Handlungsfeld"),
    "tag": _("Schlagwort"),
    "land": _("Land"),
    "groesse": _("Größenklasse"),
    "phase": _("Phase"),
    "status": _("Status"),
    "foerderprogramm": _("Förderprogramm"),
    "kosten": _("Einmalige Kosten"),
}

KommuneLink = CaseStudyPage.kommunen.through
HandlungsfeldLink = CaseStudyPage.handlungsfelder.through


@dataclass(frozen=True)
class CaseStudyFilters:
    """The valid filters of a request; invalid values are dropped rather than failing."""

    handlungsfeld: str = ""
    tag: str = ""
    land: str = ""
    groesse: str = ""
    phase: int | None = None
    status: str = ""
    foerderprogramm: int | None = None
    kosten: str = ""

    def active(self) -> dict[str, object]:
        return {
            name: getattr(self, name)
            for name in FACET_LABELS
            if getattr(self, name) not in ("", None)
        }

    def without(self, name: str) -> CaseStudyFilters:
        values = {n: getattr(self, n) for n in FACET_LABELS}
        values[name] = None if name in ("phase", "foerderprogramm") else ""
        return CaseStudyFilters(**values)


def _choice(params: Mapping, name: str, allowed) -> str:
    value = (params.get(name) or "").strip()
    return value if value in allowed else ""


def _positive_int(value: str) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and 0 < len(value) < 10 else None


def parse_filters(params: Mapping) -> CaseStudyFilters:
    phase = _positive_int(params.get("phase", ""))
    tag = (params.get("tag") or "").strip()
    return CaseStudyFilters(
        handlungsfeld=_choice(params, "handlungsfeld", Topic.values),
        tag=tag if len(tag) <= 100 else "",
        land=_choice(params, "land", LAENDER),
        groesse=_choice(params, "groesse", SizeClass.values),
        phase=phase if phase in Phase.values else None,
        status=_choice(params, "status", Status.values),
        foerderprogramm=_positive_int(params.get("foerderprogramm", "")),
        kosten=_choice(params, "kosten", [key for key, *_rest in COST_RANGES] + [COST_UNKNOWN]),
    )


def parse_sort(params: Mapping) -> str:
    value = params.get("sortierung") or ""
    return value if value in SORTS else DEFAULT_SORT


def _cost_condition(key: str) -> Q:
    if key == COST_UNKNOWN:
        return Q(cost_one_off__isnull=True)
    for range_key, _label, low, high in COST_RANGES:
        if range_key == key:
            condition = Q(cost_one_off__isnull=False)
            if low is not None:
                condition &= Q(cost_one_off__gte=low)
            if high is not None:
                condition &= Q(cost_one_off__lt=high)
            return condition
    raise ValueError(key)


def _kommune_condition(filters: CaseStudyFilters) -> Q:
    """Land and size class must hold for the same Kommune of a (joint) case study."""
    condition = Q()
    if filters.land:
        condition &= Q(kommune__land=filters.land)
    if filters.groesse:
        condition &= Q(kommune__size_class=filters.groesse)
    return condition


def apply_filters(queryset: QuerySet, filters: CaseStudyFilters) -> QuerySet:
    if filters.handlungsfeld:
        queryset = queryset.filter(
            pk__in=HandlungsfeldLink.objects.filter(handlungsfeld_id=filters.handlungsfeld).values(
                "casestudypage_id"
            )
        )
    if filters.tag:
        queryset = queryset.filter(
            pk__in=CaseStudyPage.tags.through.objects.filter(tag__slug=filters.tag).values(
                "content_object_id"
            )
        )
    if filters.land or filters.groesse:
        queryset = queryset.filter(
            pk__in=KommuneLink.objects.filter(_kommune_condition(filters)).values(
                "casestudypage_id"
            )
        )
    if filters.phase is not None:
        queryset = queryset.filter(phase=filters.phase)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    if filters.foerderprogramm is not None:
        queryset = queryset.filter(foerderprogramm_id=filters.foerderprogramm)
    if filters.kosten:
        queryset = queryset.filter(_cost_condition(filters.kosten))
    return queryset


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected(self) -> FacetOption | None:
        return next((option for option in self.options if option.selected), None)


def _options(choices, counts: dict, selected) -> list[FacetOption]:
    return [
        FacetOption(str(value), str(label), counts.get(value, 0), str(value) == str(selected))
        for value, label in choices
    ]


def _grouped(queryset: QuerySet, key: str, counted: str = "pk") -> dict:
    return {
        row[key]: row["n"]
        for row in queryset.order_by()
        .values(key)
        .annotate(n=Count(counted, distinct=True))
        .values(key, "n")
    }


def _facet_counts(base: QuerySet, filters: CaseStudyFilters) -> list[Facet]:
    def others(name: str) -> QuerySet:
        return apply_filters(base, filters.without(name))

    handlungsfelder = _grouped(
        HandlungsfeldLink.objects.filter(casestudypage__in=others("handlungsfeld").values("pk")),
        "handlungsfeld_id",
        "casestudypage_id",
    )
    tag_rows = (
        CaseStudyPage.tags.through.objects.filter(content_object__in=others("tag").values("pk"))
        .order_by()
        .values("tag__slug", "tag__name")
        .annotate(n=Count("content_object_id", distinct=True))
    )
    tags = sorted((row["tag__slug"], row["tag__name"], row["n"]) for row in tag_rows)
    # Kommune facets count with the other Kommune condition on the same Kommune, like the filter.
    without_land = filters.without("land")
    laender = _grouped(
        KommuneLink.objects.filter(
            _kommune_condition(without_land),
            casestudypage__in=apply_filters(
                base, CaseStudyFilters(**{**without_land.__dict__, "groesse": ""})
            ).values("pk"),
        ),
        "kommune__land",
        "casestudypage_id",
    )
    without_size = filters.without("groesse")
    sizes = _grouped(
        KommuneLink.objects.filter(
            _kommune_condition(without_size),
            casestudypage__in=apply_filters(
                base, CaseStudyFilters(**{**without_size.__dict__, "land": ""})
            ).values("pk"),
        ),
        "kommune__size_class",
        "casestudypage_id",
    )
    phases = _grouped(others("phase"), "phase")
    statuses = _grouped(others("status"), "status")
    programme_counts = _grouped(others("foerderprogramm"), "foerderprogramm")
    programmes = Foerderprogramm.objects.filter(pk__in=list(programme_counts)).values_list(
        "pk", "name"
    )
    cost_conditions = {key: _cost_condition(key) for key, *_rest in COST_RANGES}
    cost_conditions[COST_UNKNOWN] = _cost_condition(COST_UNKNOWN)
    costs = others("kosten").aggregate(
        **{key: Count("pk", filter=condition) for key, condition in cost_conditions.items()}
    )
    return [
        Facet(
            "handlungsfeld",
            FACET_LABELS["handlungsfeld"],
            _options(Topic.choices, handlungsfelder, filters.handlungsfeld),
        ),
        Facet(
            "tag",
            FACET_LABELS["tag"],
            [FacetOption(slug, name, n, slug == filters.tag) for slug, name, n in tags],
        ),
        Facet("land", FACET_LABELS["land"], _options(LAENDER.items(), laender, filters.land)),
        Facet(
            "groesse", FACET_LABELS["groesse"], _options(SizeClass.choices, sizes, filters.groesse)
        ),
        Facet("phase", FACET_LABELS["phase"], _options(Phase.choices, phases, filters.phase)),
        Facet("status", FACET_LABELS["status"], _options(Status.choices, statuses, filters.status)),
        Facet(
            "foerderprogramm",
            FACET_LABELS["foerderprogramm"],
            _options(
                sorted(programmes, key=lambda p: p[1]), programme_counts, filters.foerderprogramm
            ),
        ),
        Facet(
            "kosten",
            FACET_LABELS["kosten"],
            _options(
                [(key, label) for key, label, *_rest in COST_RANGES]
                + [(COST_UNKNOWN, _("ohne Angabe"))],
                costs,
                filters.kosten,
            ),
        ),
    ]


def published_case_studies() -> QuerySet:
    """What anonymous visitors may see: live pages without a view restriction."""
    return CaseStudyPage.objects.live().public()


def filter_case_studies(queryset: QuerySet, params: Mapping) -> tuple[QuerySet, list[Facet]]:
    """The case studies matching the filters in `params` (index URL parameters) and the
    facets with their counts, each counted with all other active filters applied."""
    filters = parse_filters(params)
    return apply_filters(queryset, filters), _facet_counts(queryset, filters)


def sort_case_studies(queryset: QuerySet, sort: str) -> QuerySet:
    if sort == "merkliste":
        bookmarks = (
            Bookmark.objects.filter(case_study=OuterRef("pk"))
            .order_by()
            .values("case_study")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return queryset.annotate(
            bookmark_count=Coalesce(Subquery(bookmarks, output_field=IntegerField()), 0)
        ).order_by("-bookmark_count", "-first_published_at", "-pk")
    if sort == "bewertung":
        ratings = Rating.objects.filter(case_study=OuterRef("pk")).order_by().values("case_study")
        return queryset.annotate(
            rating_average=Subquery(ratings.annotate(a=Avg("usefulness")).values("a")),
            rating_count=Coalesce(
                Subquery(ratings.annotate(n=Count("pk")).values("n"), output_field=IntegerField()),
                0,
            ),
        ).order_by(
            F("rating_average").desc(nulls_last=True), "-rating_count", "-first_published_at", "-pk"
        )
    return queryset.order_by("-first_published_at", "-pk")


def with_list_data(queryset: QuerySet) -> QuerySet:
    """What a list card shows, in a constant number of queries."""
    return queryset.select_related("foerderprogramm").prefetch_related(
        Prefetch("kommunen", queryset=Kommune.objects.only("name", "ags", "land")),
        Prefetch("handlungsfelder", queryset=Handlungsfeld.objects.all()),
    )


def map_points(queryset: QuerySet, index_url: str) -> list[dict]:
    """The Kommunen of the given case studies that have coordinates, each with links to its
    case studies. Case studies live directly below the index, so their URL is the index URL
    plus the slug: one query, no page tree walk per marker."""
    rows = (
        KommuneLink.objects.filter(
            casestudypage__in=queryset.values("pk"),
            kommune__latitude__isnull=False,
            kommune__longitude__isnull=False,
        )
        .order_by("kommune__name", "casestudypage__title")
        .values(
            "kommune_id",
            "kommune__name",
            "kommune__latitude",
            "kommune__longitude",
            "casestudypage__title",
            "casestudypage__slug",
        )
    )
    points: dict[int, dict] = {}
    for row in rows:
        point = points.setdefault(
            row["kommune_id"],
            {
                "kommune": row["kommune__name"],
                "lat": float(row["kommune__latitude"] or Decimal(0)),
                "lon": float(row["kommune__longitude"] or Decimal(0)),
                "case_studies": [],
            },
        )
        point["case_studies"].append(
            {
                "title": row["casestudypage__title"],
                "url": f"{index_url}{row['casestudypage__slug']}/",
            }
        )
    return list(points.values())


class CaseStudyFilterForm(forms.Form):
    """Renders the facets as the KERN form fields; each option names its count."""

    hide_optional_marker = True  # every filter is optional

    def __init__(self, facets: list[Facet], sort: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in facets:
            choices = [("", _("Alle"))] + [
                (option.value, f"{option.label} ({option.count})") for option in facet.options
            ]
            self.fields[facet.name] = forms.ChoiceField(
                label=facet.label, required=False, choices=choices
            )
            self.initial[facet.name] = facet.selected.value if facet.selected else ""
        self.fields["sortierung"] = forms.ChoiceField(
            label=_("Sortierung"), required=False, choices=list(SORTS.items())
        )
        self.initial["sortierung"] = sort


def index_context(page, request) -> dict:
    from django.core.paginator import Paginator

    from core.breadcrumbs import page_trail

    base = published_case_studies().descendant_of(page)
    queryset, facets = filter_case_studies(base, request.GET)
    sort = parse_sort(request.GET)
    listed = with_list_data(sort_case_studies(queryset, sort))
    result_page = Paginator(listed, PAGE_SIZE).get_page(request.GET.get("seite"))
    query = request.GET.copy()
    query.pop("seite", None)
    return {
        "filter_form": CaseStudyFilterForm(facets, sort),
        "facets": facets,
        "active_filters": [facet for facet in facets if facet.selected],
        "results": result_page,
        "query": query.urlencode(),
        "map_points": map_points(queryset, page.url),
        "breadcrumbs": page_trail(page),
    }
