"""Quizzes are graded here, on the server, against the lesson's stored quiz block.

The browser only ever receives question and answer texts with their ids. A submission is
checked against the quiz it claims to answer; anything that could not have come from the
form (a question of another quiz, an unknown answer, two answers to a single-choice
question) is rejected as a whole rather than graded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .blocks import QuestionKind
from .models import CoursePage, Enrollment, LessonPage, QuizAttempt
from .progress import update_completion

FIELD_PREFIX = "frage-"


class TamperedSubmission(ValidationError):
    """The submission does not match the quiz: it was not made with the quiz form."""


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    choices: tuple[Choice, ...]

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.choices if c.correct)

    @property
    def is_single(self) -> bool:
        return self.kind == QuestionKind.SINGLE


@dataclass(frozen=True)
class Quiz:
    key: str
    title: str
    intro: str
    questions: tuple[Question, ...]


def quiz_from_block(key: str, value) -> Quiz:
    """Reads a stored quiz block; question and choice ids are the list items' ids."""
    questions = []
    for question_child in value["questions"].bound_blocks:
        question = question_child.value
        choices = tuple(
            Choice(
                id=str(choice_child.id),
                text=choice_child.value["text"],
                correct=bool(choice_child.value["correct"]),
                feedback=choice_child.value["feedback"] or "",
            )
            for choice_child in question["choices"].bound_blocks
        )
        questions.append(
            Question(
                id=str(question_child.id),
                text=question["text"],
                kind=question["kind"],
                choices=choices,
            )
        )
    return Quiz(
        key=key, title=value["title"], intro=value["intro"] or "", questions=tuple(questions)
    )


def quiz_of(lesson: LessonPage, quiz_key: str) -> Quiz | None:
    value = lesson.quizzes().get(quiz_key)
    return quiz_from_block(quiz_key, value) if value is not None else None


def quizzes_of(lesson: LessonPage) -> dict[str, Quiz]:
    return {key: quiz_from_block(key, value) for key, value in lesson.quizzes().items()}


def parse_answers(quiz: Quiz, data) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The chosen choice ids per question, and German errors for unanswered questions.

    Raises TamperedSubmission for anything the form cannot produce."""
    questions = {q.id: q for q in quiz.questions}
    for name in data:
        if name.startswith(FIELD_PREFIX) and name[len(FIELD_PREFIX) :] not in questions:
            raise TamperedSubmission(_("Die Antworten gehören nicht zu diesem Quiz."))
    answers: dict[str, list[str]] = {}
    missing: dict[str, str] = {}
    for question in quiz.questions:
        chosen = data.getlist(FIELD_PREFIX + question.id)
        known = {c.id for c in question.choices}
        if any(choice_id not in known for choice_id in chosen):
            raise TamperedSubmission(_("Eine Antwort gehört nicht zu dieser Frage."))
        if len(set(chosen)) != len(chosen):
            raise TamperedSubmission(_("Eine Antwort wurde doppelt gesendet."))
        if question.is_single and len(chosen) > 1:
            raise TamperedSubmission(_("Bei dieser Frage ist nur eine Antwort möglich."))
        if not chosen:
            missing[question.id] = _("Bitte beantworten Sie diese Frage.")
        answers[question.id] = chosen
    return answers, missing


def score(quiz: Quiz, answers: dict[str, list[str]]) -> int:
    """Percent of questions answered exactly right, rounded down. A multiple-choice question
    counts only with all right answers and no wrong one: half-right is not right."""
    if not quiz.questions:
        return 0
    right = sum(1 for q in quiz.questions if frozenset(answers.get(q.id, ())) == q.correct_ids)
    return right * 100 // len(quiz.questions)


def attempts_of(user, lesson: LessonPage, quiz_key: str):
    return QuizAttempt.objects.filter(user=user, lesson=lesson, quiz_key=quiz_key).order_by(
        "number"
    )


@dataclass
class QuizState:
    """What the quiz form shows: attempts used and left, and whether it is passed."""

    quiz: Quiz
    used: int
    allowed: int
    passed: bool
    last_number: int | None = None
    errors: dict[str, str] = field(default_factory=dict)
    chosen: dict[str, list[str]] = field(default_factory=dict)

    @property
    def left(self) -> int:
        return max(self.allowed - self.used, 0)

    @property
    def open(self) -> bool:
        return not self.passed and self.left > 0


def quiz_states(user, lesson: LessonPage, course: CoursePage) -> dict[str, QuizState]:
    quizzes = quizzes_of(lesson)
    states = {
        key: QuizState(quiz=quiz, used=0, allowed=course.max_attempts, passed=False)
        for key, quiz in quizzes.items()
    }
    if quizzes and user.is_authenticated:
        for attempt in QuizAttempt.objects.filter(user=user, lesson=lesson).only(
            "quiz_key", "number", "passed"
        ):
            state = states.get(attempt.quiz_key)
            if state is None:
                continue
            state.used = max(state.used, attempt.number)
            state.passed = state.passed or attempt.passed
            state.last_number = max(state.last_number or 0, attempt.number)
    return states


class AttemptNotAllowed(PermissionDenied):
    pass


def submit(enrollment: Enrollment, lesson: LessonPage, quiz: Quiz, data) -> QuizAttempt:
    """Grades and stores one attempt. Raises TamperedSubmission, AttemptNotAllowed or, for
    unanswered questions, ValidationError with a dict of question id -> message."""
    course = enrollment.course
    answers, missing = parse_answers(quiz, data)
    if missing:
        raise ValidationError(missing)
    with transaction.atomic():
        # Locks the enrolment row, so that parallel submissions count attempts one by one
        # (the unique attempt number is the backstop where rows cannot be locked: SQLite).
        Enrollment.objects.select_for_update().filter(pk=enrollment.pk).first()
        previous = list(
            attempts_of(enrollment.user, lesson, quiz.key).values_list("number", "passed")
        )
        if any(passed for _, passed in previous):
            raise AttemptNotAllowed(_("Sie haben dieses Quiz bereits bestanden."))
        if len(previous) >= course.max_attempts:
            raise AttemptNotAllowed(_("Sie haben alle Versuche für dieses Quiz verbraucht."))
        percent = score(quiz, answers)
        attempt = QuizAttempt.objects.create(
            user=enrollment.user,
            course=course,
            lesson=lesson,
            quiz_key=quiz.key,
            number=len(previous) + 1,
            score=percent,
            passed=percent >= course.pass_mark,
            answers=answers,
        )
        if attempt.passed:
            update_completion(enrollment)
    return attempt


@dataclass(frozen=True)
class AnswerFeedback:
    choice: Choice
    chosen: bool


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    right: bool
    answers: tuple[AnswerFeedback, ...]


def results(quiz: Quiz, attempt: QuizAttempt) -> list[QuestionResult]:
    """Per question: was it right, and each answer with whether it was chosen."""
    out = []
    for question in quiz.questions:
        chosen = frozenset(attempt.answers.get(question.id, ()))
        out.append(
            QuestionResult(
                question=question,
                right=chosen == question.correct_ids,
                answers=tuple(
                    AnswerFeedback(choice=c, chosen=c.id in chosen) for c in question.choices
                ),
            )
        )
    return out
