"""The lesson page's routes: read, mark done, submit a quiz, see a result.

Every route asks the permission rules first: lessons need sign-in, taking part needs an
enrolment in the lesson's course.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from core.breadcrumbs import page_trail
from core.permissions import has_perm

from . import progress
from .models import CoursePage, Enrollment, LessonPage, QuizAttempt
from .quiz import AttemptNotAllowed, TamperedSubmission, quiz_of, quiz_states, results


def _deny(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


def guard(lesson: LessonPage, request):
    """None when the person may read the lesson, else the answer to send instead."""
    if not has_perm(request.user, "learning.view_lesson", lesson):
        return _deny(request)
    return None


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
    if (denied := guard(page, request)) is not None:
        return denied
    context = lesson_context(page, request)
    if context["enrollment"] is not None:
        progress.record_visit(context["enrollment"], page)
    return page.render(request, context_overrides=context)


def _take_part(page: LessonPage, request):
    """(course, enrolment) when the person may take part, else raises or redirects."""
    if request.method != "POST":
        return None, HttpResponseNotAllowed(["POST"])
    if (denied := guard(page, request)) is not None:
        return None, denied
    course = course_of(page)
    if not has_perm(request.user, "learning.take_part", course):
        raise PermissionDenied
    return (
        course,
        Enrollment.objects.select_related("course").get(user=request.user, course=course),
    ), None


def complete(page: LessonPage, request):
    taken, answer = _take_part(page, request)
    if answer is not None:
        return answer
    course, enrollment = taken
    progress.complete_lesson(enrollment, page)
    messages.success(request, _("Die Lektion ist als abgeschlossen gespeichert."))
    _previous, following, _position = _neighbours(page, list(progress.lessons_of(course)))
    return redirect(following.url if following else course.url)


def submit_quiz(page: LessonPage, request, quiz_key: str):
    from . import quiz as quiz_service

    taken, answer = _take_part(page, request)
    if answer is not None:
        return answer
    _course, enrollment = taken
    quiz = quiz_of(page, quiz_key)
    if quiz is None:
        return _rejected(page, request, _("Dieses Quiz gibt es in der Lektion nicht."))
    try:
        attempt = quiz_service.submit(enrollment, page, quiz, request.POST)
    except TamperedSubmission as error:
        return _rejected(page, request, error.messages[0])
    except AttemptNotAllowed as error:
        return _rejected(page, request, str(error), status=403)
    except ValidationError as error:
        chosen = {
            question.id: request.POST.getlist(quiz_service.FIELD_PREFIX + question.id)
            for question in quiz.questions
        }
        context = lesson_context(
            page,
            request,
            quiz_errors={quiz_key: ({k: v[0] for k, v in error.message_dict.items()}, chosen)},
        )
        return page.render(request, context_overrides=context)
    return redirect(result_url(page, attempt))


def _rejected(page, request, message: str, status: int = 400):
    context = lesson_context(page, request, rejection=message)
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def result_url(page: LessonPage, attempt: QuizAttempt) -> str:
    return page.url + page.reverse_subpage(
        "quiz_result", kwargs={"quiz_key": attempt.quiz_key, "number": str(attempt.number)}
    )


def quiz_result(page: LessonPage, request, quiz_key: str, number: int):
    if (denied := guard(page, request)) is not None:
        return denied
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
