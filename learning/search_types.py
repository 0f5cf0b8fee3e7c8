"""What the network search finds in Lernen: courses for everyone, lessons for members."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from search.registry import MEMBERS, PUBLIC, SearchEntry, SearchType, register

from .models import CoursePage, LessonPage


def _visible(page) -> bool:
    # Drafts and pages behind a view restriction are found by nobody.
    return page.live and not page.get_view_restrictions().exists()


@register
class CourseSearchType(SearchType):
    name = "course"
    label = _("Kurs")
    model = CoursePage

    def get_queryset(self):
        return CoursePage.objects.live().prefetch_related("handlungsfelder", "phases", "tags")

    def entry_for(self, course: CoursePage) -> SearchEntry | None:
        if not _visible(course):
            return None
        return SearchEntry(
            type=self.name,
            pk=str(course.pk),
            title=course.title,
            url=course.url or "",
            teaser=course.teaser,
            tags=tuple(tag.name for tag in course.tags.all()),
            body=" ".join([course.audience, strip_tags(course.objectives)]),
            handlungsfelder=tuple(h.slug for h in course.handlungsfelder.all()),
            phases=tuple(p.number for p in course.phases.all()),
            audience=frozenset({PUBLIC}),
            date=course.last_published_at,
        )


@register
class LessonSearchType(SearchType):
    name = "lesson"
    label = _("Lektion")
    model = LessonPage

    def get_queryset(self):
        return LessonPage.objects.live()

    def entry_for(self, lesson: LessonPage) -> SearchEntry | None:
        if not _visible(lesson):
            return None
        course = lesson.get_parent().specific
        if not _visible(course):
            return None
        return SearchEntry(
            type=self.name,
            pk=str(lesson.pk),
            title=lesson.title,
            url=lesson.url or "",
            teaser=course.title,
            body=_lesson_text(lesson),
            handlungsfelder=tuple(h.slug for h in course.handlungsfelder.all()),
            phases=tuple(p.number for p in course.phases.all()),
            # Lessons need sign-in, so only signed-in members find them.
            audience=frozenset({MEMBERS}),
            date=lesson.last_published_at,
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
