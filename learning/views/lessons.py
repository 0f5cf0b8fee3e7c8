"""The lesson page's routes: read, mark done, submit a quiz, see a result.

The routes on `LessonPage` ask the permission rules before they get here: lessons need
sign-in. Taking part (marking done, quizzes) also needs an enrolment in the lesson's course.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from core.breadcrumbs import page_trail
from core.forms import error_text
from core.permissions import has_perm

from .. import progress
from ..models import CoursePage, Enrollment, LessonPage, QuizAttempt
from ..quiz import (
    FIELD_PREFIX,
    AttemptNotAllowed,
    TamperedSubmission,
    quiz_of,
    quiz_states,
    results,
)
from ..quiz import submit as submit_attempt


def course_of(lesson: LessonPage) -> CoursePage:
    return CoursePage.objects.get(path=progress.course_path_of(lesson))


def _neighbours(lesson: LessonPage, lessons: list[LessonPage]):
    ids = [item.pk for item in lessons]
    index = ids.index(lesson.pk) if lesson.pk in ids else -1
    previous = lessons[index - 1] if index > 0 else None
    following = lessons[index + 1] if 0 <= index < len(lessons) - 1 else None
    return previous, following, index + 1


def lesson_context(lesson: LessonPage, request, **extra) -> dict:
    course = course_of(lesson)
    enrollment = progress.enrollment_for(request.user, course)
    if enrollment is not None:
        enrollment = progress.with_progress(Enrollment.objects.filter(pk=enrollment.pk)).get()
    lessons = list(progress.lessons_of(course).only("pk", "title", "path", "depth", "url_path"))
    previous, following, position = _neighbours(lesson, lessons)
    done_ids = progress.done_lesson_ids(enrollment)
    states = quiz_states(request.user, lesson, course)
    for key, state in extra.pop("quiz_errors", {}).items():
        states[key].errors, states[key].chosen = state
    return {
        "course": course,
        "enrollment": enrollment,
        "lesson_done": lesson.pk in done_ids,
        "share_done": progress.lesson_share_done(enrollment) if enrollment else 0,
        "lessons_done": len(done_ids & {item.pk for item in lessons}),
        "lessons_total": len(lessons),
        "position": position,
        "previous_lesson": previous,
        "next_lesson": following,
        "quiz_states": states,
        "may_enrol": enrollment is None and has_perm(request.user, "learning.enrol", course),
        "breadcrumbs": page_trail(lesson),
        **extra,
    }


def lesson(page: LessonPage, request):
    context = lesson_context(page, request)
    if context["enrollment"] is not None:
        progress.record_visit(context["enrollment"], page)
    return page.render(request, context_overrides=context)


def _own_enrolment(page: LessonPage, request) -> Enrollment:
    """The person's enrolment in the lesson's course, which taking part needs."""
    course = course_of(page)
    # Reading the lesson needed sign-in already, so a refusal here is a 403, not the login.
    if not has_perm(request.user, "learning.take_part", course):
        raise PermissionDenied
    return Enrollment.objects.select_related("course").get(user=request.user, course=course)


def complete(page: LessonPage, request):
    enrollment = _own_enrolment(page, request)
    course = enrollment.course
    progress.complete_lesson(enrollment, page)
    messages.success(request, _("Die Lektion ist als abgeschlossen gespeichert."))
    _previous, following, _position = _neighbours(page, list(progress.lessons_of(course)))
    return redirect(following.url if following else course.url)


def submit_quiz(page: LessonPage, request, quiz_key: str):
    enrollment = _own_enrolment(page, request)
    quiz = quiz_of(page, quiz_key)
    if quiz is None:
        return _rejected(page, request, _("Dieses Quiz gibt es in der Lektion nicht."))
    try:
        attempt = submit_attempt(enrollment, page, quiz, request.POST)
    except TamperedSubmission as error:
        return _rejected(page, request, error_text(error))
    except AttemptNotAllowed as error:
        return _rejected(page, request, str(error), status=403)
    except ValidationError as error:
        chosen = {
            question.id: request.POST.getlist(FIELD_PREFIX + question.id)
            for question in quiz.questions
        }
        context = lesson_context(
            page,
            request,
            quiz_errors={quiz_key: ({k: v[0] for k, v in error.message_dict.items()}, chosen)},
        )
        return page.render(request, context_overrides=context)
    return redirect(page.quiz_result_url(attempt.quiz_key, attempt.number))


def _rejected(page, request, message: str, status: int = 400):
    context = lesson_context(page, request, rejection=message)
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def quiz_result(page: LessonPage, request, quiz_key: str, number: int):
    attempt = QuizAttempt.objects.filter(
        user=request.user, lesson=page, quiz_key=quiz_key, number=number
    ).first()
    if attempt is None or not has_perm(request.user, "learning.view_attempt", attempt):
        raise Http404
    quiz = quiz_of(page, quiz_key)
    if quiz is None:
        raise Http404
    context = lesson_context(page, request)
    state = context["quiz_states"][quiz_key]
    context.update(
        {
            "attempt": attempt,
            "quiz": quiz,
            "state": state,
            "results": results(quiz, attempt),
            # The right answers only once they can no longer help a later attempt.
            "reveal_solution": attempt.passed or not state.open,
        }
    )
    return page.render(request, context_overrides=context, template="learning/quiz_result.html")
