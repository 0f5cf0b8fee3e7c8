"""The catalogue's filters, answered in the database."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from network.models import Handlungsfeld

from .models import CourseIndexPage, CoursePage, LearningPhase


@dataclass(frozen=True)
class DurationBucket:
    label: str
    min_minutes: int
    max_minutes: int | None


DURATION_BUCKETS = {
    "kurz": DurationBucket(_("bis 1 Stunde"), 0, 60),
    "mittel": DurationBucket(_("1 bis 3 Stunden"), 61, 180),
    "lang": DurationBucket(_("mehr als 3 Stunden"), 181, None),
}


def courses_in(index: CourseIndexPage) -> QuerySet[CoursePage]:
    return (
        CoursePage.objects.live()
        .public()
        .descendant_of(index)
        .prefetch_related(
            Prefetch("handlungsfelder", queryset=Handlungsfeld.objects.order_by("position")),
            Prefetch("phases", queryset=LearningPhase.objects.order_by("number")),
        )
        .order_by("title", "pk")
    )


def filter_courses(
    queryset: QuerySet[CoursePage],
    *,
    handlungsfeld: str = "",
    phase: int | None = None,
    level: str = "",
    dauer: str = "",
) -> QuerySet[CoursePage]:
    if handlungsfeld:
        queryset = queryset.filter(handlungsfelder=handlungsfeld)
    if phase:
        queryset = queryset.filter(phases=phase)
    if level:
        queryset = queryset.filter(level=level)
    if dauer in DURATION_BUCKETS:
        bucket = DURATION_BUCKETS[dauer]
        queryset = queryset.filter(duration_minutes__gte=bucket.min_minutes)
        if bucket.max_minutes is not None:
            queryset = queryset.filter(duration_minutes__lte=bucket.max_minutes)
    # One course matches a filter once, but joins over two relations could repeat it.
    return queryset.distinct() if handlungsfeld or phase else queryset
