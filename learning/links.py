"""Links between courses and case studies, both ways, through shared Handlungsfelder.

The case studies live in the `bestpractice` app, which may not be installed (or not yet
migrated) where Lernen runs; the lookup then finds no case studies instead of failing.
"""

from collections.abc import Iterable

from django.apps import apps
from django.db.models import QuerySet

from .models import CoursePage

MAX_CASE_STUDIES = 6
MAX_COURSES = 6


def _case_study_model():
    try:
        return apps.get_model("bestpractice", "CaseStudyPage")
    except LookupError:
        return None


def related_case_studies(course: CoursePage, limit: int = MAX_CASE_STUDIES) -> list:
    """Published case studies that share a Handlungsfeld with the course, newest first."""
    model = _case_study_model()
    if model is None:
        return []
    slugs = list(course.handlungsfelder.values_list("slug", flat=True))
    if not slugs:
        return []
    return list(
        model.objects.live()
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
