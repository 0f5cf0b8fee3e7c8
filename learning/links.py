"""Links between courses and case studies, both ways, through shared Handlungsfelder."""

from collections.abc import Iterable

from django.db.models import QuerySet

from bestpractice.models import CaseStudyPage

from .models import CoursePage

MAX_CASE_STUDIES = 6
MAX_COURSES = 6


def related_case_studies(course: CoursePage, limit: int = MAX_CASE_STUDIES) -> list:
    """Published case studies that share a Handlungsfeld with the course, newest first."""
    slugs = list(course.handlungsfelder.values_list("slug", flat=True))
    if not slugs:
        return []
    return list(
        CaseStudyPage.objects.live()
        .public()
        .filter(handlungsfelder__in=slugs)
        .distinct()
        .order_by("-first_published_at", "pk")[:limit]
    )


def courses_for_handlungsfelder(slugs: Iterable[str], limit: int = MAX_COURSES) -> QuerySet:
    """Live courses teaching one of the Handlungsfelder (Topic values), by title."""
    slugs = list(slugs)
    return (
        CoursePage.objects.live()
        .public()
        .filter(handlungsfelder__in=slugs)
        .distinct()
        .order_by("title", "pk")
        .only("pk", "title", "teaser", "path", "depth", "url_path", "level", "duration_minutes")[
            :limit
        ]
        if slugs
        else CoursePage.objects.none()
    )
