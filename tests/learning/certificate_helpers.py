"""Courses taken through the real services, for the certificate and report tests."""

from learning import factories, progress, quiz
from learning.certificates import issue_certificate
from learning.models import Certificate, CertificateKind, CoursePage, Enrollment, LessonPage
from tests.learning.helpers import answers, as_querydict, only_quiz


def course_with_lessons(
    lessons: int = 5, *, with_quiz: bool = True, title: str = "OZG-Grundlagen", **fields
) -> tuple[CoursePage, list[LessonPage]]:
    """A course of `lessons` lessons; the last one holds the quiz."""
    course = factories.course(title=title, **fields)
    pages = [
        factories.lesson(course, f"Lektion {n}", with_quiz=with_quiz and n == lessons)
        for n in range(1, lessons + 1)
    ]
    return CoursePage.objects.get(pk=course.pk), pages


def complete_lessons(enrollment: Enrollment, lessons: list[LessonPage]) -> None:
    for lesson in lessons:
        progress.complete_lesson(enrollment, lesson)


def answer_quiz(enrollment: Enrollment, lesson: LessonPage, *, right: bool):
    """Submits the lesson's quiz with all answers right, or all wrong."""
    the_quiz = only_quiz(lesson)
    return quiz.submit(enrollment, lesson, the_quiz, as_querydict(answers(the_quiz, right=right)))


def finished_course(
    person, *, title: str, lessons: int = 3
) -> tuple[CoursePage, list[LessonPage], Enrollment]:
    """A course the person enrolled in, with every lesson done and the quiz passed."""
    course, pages = course_with_lessons(lessons, title=title)
    enrollment = progress.enroll(person, course)
    complete_lessons(enrollment, pages)
    answer_quiz(enrollment, pages[-1], right=True)
    return course, pages, enrollment


def both_certificates(person, *, title: str) -> tuple[Certificate, Certificate]:
    """Teilnahmebestätigung and Leistungsnachweis of a course the person finished."""
    course, _lessons, _enrollment = finished_course(person, title=title)
    return (
        issue_certificate(person, course, CertificateKind.TEILNAHME),
        issue_certificate(person, course, CertificateKind.LEISTUNG),
    )
