"""The catalogue's filters and the courses for given Handlungsfelder, answered in the database."""

from collections.abc import Sequence
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


# What a course is called among the kinds of related content and recommendations.
COURSE_KIND = "learning.course"

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


def courses_for_topics(slugs: Sequence[str], phase: int | None = None) -> QuerySet[CoursePage]:
    """Live public courses teaching one of the Handlungsfelder (Topic values), by title; with
    `phase`, only those suiting that phase."""
    courses = CoursePage.objects.live().public().filter(handlungsfelder__in=slugs)
    if phase:
        courses = courses.filter(phases=phase)
    # A course teaching two of the Handlungsfelder matches twice through the join.
    return (
        courses.distinct()
        .order_by("title", "pk")
        .only("pk", "title", "teaser", "path", "depth", "url_path")
    )


def courses_for_need(
    topics: Sequence[str], phase: int | None, limit: int
) -> list[tuple[CoursePage, str]]:
    """Up to `limit` courses for these Handlungsfelder, each with the first of `topics` it
    teaches; courses for earlier topics come first, so the order of `topics` is a ranking."""
    rank = {slug: position for position, slug in enumerate(topics)}
    courses = courses_for_topics(topics, phase).prefetch_related(
        Prefetch(
            "handlungsfelder",
            queryset=Handlungsfeld.objects.filter(slug__in=topics),
            to_attr="needed_topics",
        )
    )
    ranked = sorted(
        (min(rank[topic.slug] for topic in course.needed_topics), index, course)
        for index, course in enumerate(courses)
    )
    return [(course, topics[first]) for first, _index, course in ranked[:limit]]
