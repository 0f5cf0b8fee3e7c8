"""Enrolment and progress: the functions views, templates and certificates rely on.

Progress counts only live lessons, so that unpublishing a lesson never leaves a course
impossible to finish. A course is complete when every live lesson is done and every quiz in
it is passed at the course's pass mark.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import F, Func, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import CoursePage, Enrollment, LessonCompletion, LessonPage, QuizAttempt


def lessons_of(course: CoursePage) -> QuerySet[LessonPage]:
    return LessonPage.objects.child_of(course).live().order_by("path")


def _lessons_of_many(courses: Iterable[CoursePage]) -> QuerySet[LessonPage]:
    """The live lessons of several courses in one query (children by tree path)."""
    condition = Q(pk__in=[])
    for course in courses:
        condition |= Q(path__startswith=course.path, depth=course.depth + 1)
    return LessonPage.objects.live().filter(condition).order_by("path")


def course_path_of(lesson: LessonPage) -> str:
    return lesson.path[: -LessonPage.steplen]


def enrollment_for(user, course: CoursePage) -> Enrollment | None:
    if not (user and user.is_authenticated):
        return None
    return Enrollment.objects.filter(user=user, course=course).first()


def enroll(user, course: CoursePage) -> Enrollment:
    """Idempotent: enrolling twice keeps the first enrolment and its progress."""
    try:
        with transaction.atomic():
            enrollment, _ = Enrollment.objects.get_or_create(user=user, course=course)
    except IntegrityError:  # a parallel request enrolled first
        enrollment = Enrollment.objects.get(user=user, course=course)
    return enrollment


def record_visit(enrollment: Enrollment, lesson: LessonPage) -> None:
    if enrollment.last_lesson_id != lesson.pk:
        enrollment.last_lesson = lesson
        enrollment.save(update_fields=["last_lesson"])


# COUNT(*) without GROUP BY: a correlated subquery that yields one number per outer row.
_COUNT = Func(F("pk"), function="COUNT", output_field=IntegerField())


def _live_lesson_count() -> Subquery:
    lessons = (
        LessonPage.objects.live()
        .filter(path__startswith=OuterRef("course__path"), depth=OuterRef("course__depth") + 1)
        .order_by()
        .annotate(n=_COUNT)
        .values("n")
    )
    return Coalesce(Subquery(lessons), 0)


def _done_lesson_count() -> Subquery:
    done = (
        LessonCompletion.objects.filter(enrollment=OuterRef("pk"), lesson__live=True)
        .order_by()
        .annotate(n=_COUNT)
        .values("n")
    )
    return Coalesce(Subquery(done), 0)


def with_progress(enrollments: QuerySet[Enrollment]) -> QuerySet[Enrollment]:
    """Adds `lessons_total` and `lessons_done` in the same query."""
    return enrollments.annotate(
        lessons_total=_live_lesson_count(), lessons_done=_done_lesson_count()
    )


def enrollments_for(user) -> QuerySet[Enrollment]:
    """The user's enrolments, newest first, with course, last lesson and lesson counts."""
    return with_progress(
        Enrollment.objects.filter(user=user)
        .select_related("course", "last_lesson")
        .order_by("-enrolled_at", "-pk")
    )


def _share(done: int, total: int) -> int:
    # Rounded down: 79.5 % of the lessons is not the 80 % a confirmation asks for.
    return (done * 100) // total if total else 0


def lesson_counts(enrollment: Enrollment) -> tuple[int, int]:
    """(done, total) live lessons; uses the annotations of `with_progress` when present."""
    if hasattr(enrollment, "lessons_total"):
        return enrollment.lessons_done, enrollment.lessons_total
    total = lessons_of(enrollment.course).count()
    done = enrollment.completions.filter(lesson__live=True).count()
    return done, total


def lesson_share_done(enrollment: Enrollment) -> int:
    """Percent of the course's live lessons the person marked done (0–100)."""
    done, total = lesson_counts(enrollment)
    return _share(done, total)


def done_lesson_ids(enrollment: Enrollment | None) -> set[int]:
    if enrollment is None:
        return set()
    return set(enrollment.completions.values_list("lesson_id", flat=True))


def quiz_keys_by_course(courses: Iterable[CoursePage]) -> dict[int, list[tuple[LessonPage, str]]]:
    """Course id -> [(lesson, quiz key)] of the quizzes in its live lessons, in order."""
    courses = list(courses)
    if not courses:
        return {}
    by_path = {course.path: course.pk for course in courses}
    result: dict[int, list[tuple[LessonPage, str]]] = defaultdict(list)
    for lesson in _lessons_of_many(courses).only("path", "depth", "title", "body", "url_path"):
        course_id = by_path[course_path_of(lesson)]
        result[course_id].extend((lesson, key) for key in lesson.quizzes())
    return result


def passed_courses(user, courses: Iterable[CoursePage]) -> set[int]:
    """Ids of the given courses whose every quiz the user passed (courses without a quiz are
    never "passed": there is nothing to prove). Two queries for any number of courses."""
    courses = list(courses)
    if not (user and user.is_authenticated) or not courses:
        return set()
    keys = quiz_keys_by_course(courses)
    passed = set(
        QuizAttempt.objects.filter(
            user=user, course__in=[c.pk for c in courses], passed=True
        ).values_list("course_id", "quiz_key")
    )
    return {
        course_id
        for course_id, quizzes in keys.items()
        if quizzes and all((course_id, key) in passed for _, key in quizzes)
    }


def course_passed(user, course: CoursePage) -> bool:
    """Every quiz of the course passed at its pass mark: the condition of a
    Leistungsnachweis."""
    return course.pk in passed_courses(user, [course])


def update_completion(enrollment: Enrollment) -> bool:
    """Sets `completed_at` once all live lessons are done and the quizzes passed."""
    if enrollment.completed_at:
        return True
    done, total = lesson_counts(enrollment)
    if total == 0 or done < total:
        return False
    course = enrollment.course
    if quiz_keys_by_course([course]).get(course.pk) and not course_passed(enrollment.user, course):
        return False
    enrollment.completed_at = timezone.now()
    enrollment.save(update_fields=["completed_at"])
    return True


def complete_lesson(enrollment: Enrollment, lesson: LessonPage) -> LessonCompletion:
    """Marks a lesson of the enrolment's course done (idempotent)."""
    if course_path_of(lesson) != enrollment.course.path:
        raise ValueError("The lesson does not belong to the enrolment's course.")
    completion, _ = LessonCompletion.objects.get_or_create(enrollment=enrollment, lesson=lesson)
    record_visit(enrollment, lesson)
    update_completion(enrollment)
    return completion


def resume_lesson(enrollment: Enrollment | None, course: CoursePage) -> LessonPage | None:
    """Where "Weiterlernen" leads: the last opened lesson if still live, else the first
    lesson not yet done, else the first lesson."""
    lessons = list(lessons_of(course).only("pk", "title", "path", "depth", "url_path"))
    if not lessons:
        return None
    if enrollment is None:
        return lessons[0]
    if enrollment.last_lesson_id:
        for lesson in lessons:
            if lesson.pk == enrollment.last_lesson_id:
                return lesson
    done = done_lesson_ids(enrollment)
    return next((lesson for lesson in lessons if lesson.pk not in done), lessons[0])


def path_progress(user, courses: list[CoursePage]) -> dict[int, Enrollment]:
    """Course id -> the user's enrolment with lesson counts, for a learning path."""
    if not (user and user.is_authenticated) or not courses:
        return {}
    enrollments = with_progress(
        Enrollment.objects.filter(user=user, course__in=[c.pk for c in courses]).select_related(
            "course"
        )
    )
    return {enrollment.course_id: enrollment for enrollment in enrollments}
