"""What the network search finds in Lernen: courses for everyone, lessons for members."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from search.pages import PageSearchType
from search.registry import MEMBERS, PUBLIC, SearchEntry, findable_page, register

from .models import CoursePage, LessonPage


def _classification(course: CoursePage) -> dict:
    """A course's Handlungsfelder and phases, which its lessons share."""
    return {
        "handlungsfelder": tuple(feld.slug for feld in course.handlungsfelder.all()),
        "phases": tuple(phase.number for phase in course.phases.all()),
    }


@register
class CourseSearchType(PageSearchType):
    name = "course"
    label = _("Kurs")
    label_plural = _("Kurse")
    model = CoursePage
    prefetch = ("handlungsfelder", "phases", "tags")

    def page_entry(self, course: CoursePage) -> SearchEntry:
        return self.entry(
            course,
            teaser=course.teaser,
            tags=tuple(tag.name for tag in course.tags.all()),
            body=" ".join([course.audience, strip_tags(course.objectives)]),
            audience=frozenset({PUBLIC}),
            date=course.last_published_at,
            **_classification(course),
        )


@register
class LessonSearchType(PageSearchType):
    name = "lesson"
    label = _("Lektion")
    label_plural = _("Lektionen")
    model = LessonPage

    def page_entry(self, lesson: LessonPage) -> SearchEntry | None:
        course = lesson.get_parent().specific
        if not findable_page(course):
            return None
        return self.entry(
            lesson,
            teaser=course.title,
            body=_lesson_text(lesson),
            # Lessons need sign-in, so only signed-in members find them.
            audience=frozenset({MEMBERS}),
            date=lesson.last_published_at,
            **_classification(course),
        )


def _lesson_text(lesson: LessonPage) -> str:
    """Readable text of the body. Quizzes are left out: their texts would hint at answers,
    and feedback must never leave the server before an attempt."""
    parts = []
    for block in lesson.body:
        if block.block_type == "quiz":
            continue
        if block.block_type in ("paragraph",):
            parts.append(strip_tags(str(block.value)))
        elif block.block_type == "heading":
            parts.append(block.value["text"])
        elif block.block_type == "callout":
            parts.append(block.value["title"])
            parts.append(strip_tags(str(block.value["text"])))
        elif block.block_type == "video":
            parts.append(block.value["title"])
            parts.append(strip_tags(str(block.value["transcript"])))
    return " ".join(p for p in parts if p)
