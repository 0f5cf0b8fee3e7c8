"""Reading case studies: what visitors may see, the index's filters with their counts, sorting,
what a list card needs, the map's points, and the case studies of given Handlungsfelder.

The filters are one table, `FACETS`: each entry says which URL parameter it reads, what a value
selects and how its options are counted and labelled. Every filter is a subquery on the case
study's primary key, so that filters never multiply rows and each facet can be counted with
all *other* active filters applied, one query per facet whatever the amount of data. The JSON
API reuses `parse_filters`, `apply_filters` and `sort_case_studies` with the index URL's
parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from typing import Any

from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    IntegerField,
    Model,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from core.parsing import parse_choice, parse_id, parse_text
from core.taxonomy import LAENDER, Phase, SizeClass, Topic
from network.models import Handlungsfeld, Kommune

from .models import Bookmark, CaseStudyPage, Rating, Status

# Cost ranges of the one-off cost: (key, label, lower bound inclusive, upper bound exclusive).
COST_RANGES: list[tuple[str, str, int | None, int | None]] = [
    ("bis-10000", _("bis 10.000 €"), None, 10_000),
    ("10000-50000", _("10.000 bis 50.000 €"), 10_000, 50_000),
    ("50000-250000", _("50.000 bis 250.000 €"), 50_000, 250_000),
    ("ueber-250000", _("über 250.000 €"), 250_000, None),
]
COST_UNKNOWN = "ohne-angabe"
# Tag slugs are at most 100 characters (taggit's SlugField).
TAG_MAX_LENGTH = 100

SORTS: dict[str, str] = {
    "neueste": _("Neueste zuerst"),
    "merkliste": _("Am häufigsten gemerkt"),
    "bewertung": _("Am besten bewertet"),
}
DEFAULT_SORT = "neueste"


def published_case_studies() -> QuerySet:
    """What anonymous visitors may see: live pages without a view restriction."""
    return CaseStudyPage.objects.live().public()


# --- the filter table -------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A relation table of the case studies that filters look into, and its column naming
    the case study."""

    model: type[Model]
    case_study: str

    def case_studies(self, condition: Q) -> QuerySet:
        return self.model.objects.filter(condition).values(self.case_study)


KOMMUNEN = Link(CaseStudyPage.kommunen.through, "casestudypage_id")
HANDLUNGSFELDER = Link(CaseStudyPage.handlungsfelder.through, "casestudypage_id")
TAGS = Link(CaseStudyPage.tags.through, "content_object_id")


def _cost_condition(low: int | None, high: int | None) -> Q:
    condition = Q(cost_one_off__isnull=False)
    if low is not None:
        condition &= Q(cost_one_off__gte=low)
    if high is not None:
        condition &= Q(cost_one_off__lt=high)
    return condition


COST_CONDITIONS: dict[str, Q] = {
    **{key: _cost_condition(low, high) for key, _label, low, high in COST_RANGES},
    COST_UNKNOWN: Q(cost_one_off__isnull=True),
}
COST_CHOICES = [(key, label) for key, label, *_bounds in COST_RANGES] + [
    (COST_UNKNOWN, _("ohne Angabe"))
]


def _one_of(allowed: Iterable) -> Callable[[str], Any]:
    allowed = tuple(allowed)
    return lambda raw: parse_choice(raw, allowed)


def _tag(raw: str) -> str | None:
    return parse_text(raw, TAG_MAX_LENGTH)


@dataclass(frozen=True)
class FacetSpec:
    """One filter of the index. A value selects the case studies whose `column` holds it (on
    the rows of `link` if given) or, with `ranges`, those meeting the named condition. Options
    are `choices`, each counted, or else the values that occur, labelled by `label_column`."""

    name: str  # the URL parameter, of the index and the API alike
    label: str
    parse: Callable[[str], Any]  # the valid value of a non-empty parameter, or None
    column: str = ""
    link: Link | None = None
    ranges: Mapping[str, Q] | None = None
    choices: Sequence[tuple[Any, str]] | None = None
    label_column: str = ""
    options_by_label: bool = False  # open-ended options in label order, else in value order

    def condition(self, value) -> Q:
        return self.ranges[value] if self.ranges else Q(**{self.column: value})


# In the order the filter form shows them.
FACETS: tuple[FacetSpec, ...] = (
    FacetSpec(
        "handlungsfeld",
        _("Handlungsfeld"),
        _one_of(Topic.values),
        column="handlungsfeld_id",
        link=HANDLUNGSFELDER,
        choices=Topic.choices,
    ),
    FacetSpec(
        "tag", _("Schlagwort"), _tag, column="tag__slug", link=TAGS, label_column="tag__name"
    ),
    FacetSpec(
        "land",
        _("Land"),
        _one_of(LAENDER),
        column="kommune__land",
        link=KOMMUNEN,
        choices=list(LAENDER.items()),
    ),
    FacetSpec(
        "groesse",
        _("Größenklasse"),
        _one_of(SizeClass.values),
        column="kommune__size_class",
        link=KOMMUNEN,
        choices=SizeClass.choices,
    ),
    FacetSpec("phase", _("Phase"), _one_of(Phase.values), column="phase", choices=Phase.choices),
    FacetSpec(
        "status", _("Status"), _one_of(Status.values), column="status", choices=Status.choices
    ),
    FacetSpec(
        "foerderprogramm",
        _("Förderprogramm"),
        parse_id,
        column="foerderprogramm",
        label_column="foerderprogramm__name",
        options_by_label=True,
    ),
    FacetSpec(
        "kosten",
        _("Einmalige Kosten"),
        _one_of(COST_CONDITIONS),
        ranges=COST_CONDITIONS,
        choices=COST_CHOICES,
    ),
)


# --- filtering ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseStudyFilters:
    """The valid filters of a request by facet name; invalid values are dropped rather than
    failing."""

    values: Mapping[str, Any] = field(default_factory=dict)

    def without(self, *names: str) -> CaseStudyFilters:
        return CaseStudyFilters({n: v for n, v in self.values.items() if n not in names})

    def active(self) -> Iterator[tuple[FacetSpec, Any]]:
        return ((spec, self.values[spec.name]) for spec in FACETS if spec.name in self.values)

    def on_link(self, link: Link) -> Q:
        """The conditions on the rows of `link`: together they must hold for the same row, so
        that land and size class of a joint project hold for the same Kommune."""
        condition = Q()
        for spec, value in self.active():
            if spec.link == link:
                condition &= spec.condition(value)
        return condition


def parse_filters(params: Mapping) -> CaseStudyFilters:
    values = {}
    for spec in FACETS:
        raw = (params.get(spec.name) or "").strip()
        value = spec.parse(raw) if raw else None
        if value is not None:
            values[spec.name] = value
    return CaseStudyFilters(values)


def apply_filters(queryset: QuerySet, filters: CaseStudyFilters) -> QuerySet:
    links = []
    for spec, value in filters.active():
        if spec.link is None:
            queryset = queryset.filter(spec.condition(value))
        elif spec.link not in links:
            links.append(spec.link)
    for link in links:
        queryset = queryset.filter(pk__in=link.case_studies(filters.on_link(link)))
    return queryset


# --- facets with their counts ------------------------------------------------------------------


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


def _counted_rows(spec: FacetSpec, base: QuerySet, filters: CaseStudyFilters) -> list[tuple]:
    """(value, n) or, with a label column, (value, label, n): how many case studies each value
    selects, with every other active filter applied. One query."""
    others = filters.without(spec.name)
    if spec.ranges:
        counts = apply_filters(base, others).aggregate(
            **{key: Count("pk", filter=condition) for key, condition in spec.ranges.items()}
        )
        return list(counts.items())
    if spec.link is None:
        rows, counted = apply_filters(base, others), "pk"
    else:
        # The other conditions on the same link rows stay on the counted rows (the same
        # Kommune), not in a separate subquery.
        sharing = [other.name for other in FACETS if other.link == spec.link]
        matching = apply_filters(base, others.without(*sharing)).values("pk")
        rows = spec.link.model.objects.filter(
            others.on_link(spec.link), **{f"{spec.link.case_study}__in": matching}
        )
        counted = spec.link.case_study
    keys = (spec.column, spec.label_column) if spec.label_column else (spec.column,)
    return list(
        rows.order_by()
        .values(*keys)
        .annotate(n=Count(counted, distinct=True))
        .values_list(*keys, "n")
    )


def _options(spec: FacetSpec, rows: list[tuple], selected) -> list[FacetOption]:
    if spec.choices is not None:
        counts = {row[0]: row[-1] for row in rows}
        listed = [(value, label, counts.get(value, 0)) for value, label in spec.choices]
    else:
        # Open-ended values (tags, programmes): only those that occur.
        occurring = (row for row in rows if row[0] is not None)
        listed = sorted(occurring, key=itemgetter(1 if spec.options_by_label else 0))
    return [
        FacetOption(str(value), str(label), count, str(value) == str(selected))
        for value, label, count in listed
    ]


def count_facets(base: QuerySet, filters: CaseStudyFilters) -> list[Facet]:
    return [
        Facet(
            spec.name,
            spec.label,
            _options(spec, _counted_rows(spec, base, filters), filters.values.get(spec.name, "")),
        )
        for spec in FACETS
    ]


def filter_case_studies(queryset: QuerySet, params: Mapping) -> tuple[QuerySet, list[Facet]]:
    """The case studies matching the filters in `params` (index URL parameters) and the
    facets with their counts, each counted with all other active filters applied."""
    filters = parse_filters(params)
    return apply_filters(queryset, filters), count_facets(queryset, filters)


# --- sorting, list cards, map ------------------------------------------------------------------


def parse_sort(params: Mapping) -> str:
    value = params.get("sortierung") or ""
    return value if value in SORTS else DEFAULT_SORT


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
        KOMMUNEN.model.objects.filter(
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


# --- by Handlungsfeld, for other areas ----------------------------------------------------------


def newest_about(slugs: Iterable[str], limit: int) -> QuerySet:
    """Published case studies with one of the Handlungsfelder `slugs`, newest first, with
    what a link to them needs."""
    newest = _about(slugs).order_by("-first_published_at", "pk")
    return newest.only("title", "teaser", "path", "depth", "url_path")[:limit]


def for_phase_about(
    slugs: Iterable[str], phase: int | None, limit: int, kommune: Kommune | None = None
) -> QuerySet:
    """Published case studies with one of the Handlungsfelder `slugs`, each with its
    Handlungsfelder. Those that started in `phase` or one above come first: they show the steps
    a Kommune in that phase takes next. The Kommune's own case studies are no news to it."""
    case_studies = _about(slugs).prefetch_related("handlungsfelder")
    if kommune is not None:
        case_studies = case_studies.exclude(pk__in=KOMMUNEN.case_studies(Q(kommune=kommune)))
    order = ["-first_published_at", "pk"]
    if phase is not None:
        case_studies = case_studies.annotate(
            phase_fit=Case(When(phase__in=(phase, phase + 1), then=Value(0)), default=Value(1))
        )
        order.insert(0, "phase_fit")
    return case_studies.order_by(*order)[:limit]


def _about(slugs: Iterable[str]) -> QuerySet:
    return published_case_studies().filter(
        pk__in=HANDLUNGSFELDER.case_studies(Q(handlungsfeld_id__in=list(slugs)))
    )
