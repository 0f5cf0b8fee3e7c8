"""Contexts of the catalogue, course and learning path pages, and enrolling in a course."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.breadcrumbs import page_trail
from core.pagination import paginate
from core.permissions import has_perm, require
from core.plugins import related_content

from .. import progress
from ..catalogue import COURSE_KIND, courses_in, filter_courses
from ..forms import CourseFilterForm
from ..models import CourseIndexPage, CoursePage, Enrollment, LearningPathCourse, LearningPathPage

PAGE_SIZE = 12


def catalogue_context(index: CourseIndexPage, request) -> dict:
    form = CourseFilterForm(request.GET)
    courses = filter_courses(courses_in(index), **form.filters())
    page, query = paginate(request, courses, PAGE_SIZE)
    return {
        "form": form,
        "page_obj": page,
        "query": query,
        "enrolled_ids": _enrolled_ids(request.user, page.object_list),
        "learning_paths": LearningPathPage.objects.child_of(index)
        .live()
        .public()
        .order_by("phase", "title")
        .only("pk", "title", "path", "depth", "url_path", "phase"),
        "breadcrumbs": page_trail(index),
    }


def _enrolled_ids(user, courses) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        Enrollment.objects.filter(user=user, course__in=[c.pk for c in courses]).values_list(
            "course_id", flat=True
        )
    )


def course_context(course: CoursePage, request) -> dict:
    user = request.user
    enrollment = progress.enrollment_for(user, course)
    if enrollment is not None:
        enrollment = progress.with_progress(Enrollment.objects.filter(pk=enrollment.pk)).get()
    lessons = list(progress.lessons_of(course).only("pk", "title", "path", "depth", "url_path"))
    done = progress.done_lesson_ids(enrollment)
    return {
        "lessons": [(lesson, lesson.pk in done) for lesson in lessons],
        "enrollment": enrollment,
        "share_done": progress.lesson_share_done(enrollment) if enrollment else 0,
        "lessons_done": len(done & {lesson.pk for lesson in lessons}),
        "resume": progress.resume_lesson(enrollment, course) if enrollment else None,
        "passed": enrollment is not None and progress.course_passed(user, course),
        "may_enrol": enrollment is None and has_perm(user, "learning.enrol", course),
        "prerequisites": course.prerequisites.live()
        .public()
        .order_by("title")
        .only("pk", "title", "path", "depth", "url_path"),
        "handlungsfelder": course.handlungsfelder.order_by("position"),
        "course_phases": course.phases.order_by("number"),
        "course_tags": course.tags.order_by("name"),
        # Other apps' content on the course's Handlungsfelder, never more courses.
        "related_content": related_content(
            course.handlungsfelder.values_list("slug", flat=True), exclude=COURSE_KIND
        ),
        "breadcrumbs": page_trail(course),
    }


def path_context(learning_path, request) -> dict:
    steps = list(
        LearningPathCourse.objects.filter(
            learning_path=learning_path,
            course__in=CoursePage.objects.live().public().values("pk"),
        )
        .select_related("course")
        .order_by("sort_order")
    )
    courses = [step.course for step in steps]
    enrollments = progress.path_progress(request.user, courses)
    rows = []
    for course in courses:
        enrollment = enrollments.get(course.pk)
        done, total = progress.lesson_counts(enrollment) if enrollment else (0, 0)
        rows.append(
            {
                "course": course,
                "enrollment": enrollment,
                "share": progress.lesson_share_done(enrollment) if enrollment else 0,
                "done": done,
                "total": total,
            }
        )
    completed = sum(1 for row in rows if row["enrollment"] and row["enrollment"].completed_at)
    return {
        "rows": rows,
        "completed_count": completed,
        "path_share": (completed * 100 // len(rows)) if rows else 0,
        "breadcrumbs": page_trail(learning_path),
    }


def _course(request, pk, **kwargs):
    # Only courses everybody may see: a course restricted in the CMS is not open by its id.
    return get_object_or_404(CoursePage.objects.live().public(), pk=pk)


@require_POST
@require("learning.enrol", get_object=_course)
def enrol(request, pk, obj):
    course = obj
    enrollment = progress.enroll(request.user, course)
    messages.success(
        request, _("Sie sind zum Kurs „%(title)s“ angemeldet.") % {"title": course.title}
    )
    lesson = progress.resume_lesson(enrollment, course)
    return redirect(lesson.url if lesson else course.url)
