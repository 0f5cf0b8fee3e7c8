import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning import factories, progress
from tests.helpers import login_as
from tests.learning.helpers import answers, as_querydict, only_quiz

pytestmark = pytest.mark.django_db


def test_lists_own_courses_with_progress_and_resume_link(client, people, course):
    enrollment = progress.enroll(people.mitglied, course)
    progress.complete_lesson(enrollment, course.test_lessons[0])
    progress.enroll(people.digitallotse, factories.course(title="Fremder Kurs"))
    login_as(client, people.mitglied)
    content = client.get("/lernen/meine-kurse/").content.decode()
    assert "OZG-Grundlagen" in content
    assert "Fremder Kurs" not in content
    assert "1 von 3 Lektionen erledigt" in content
    assert f'href="{course.test_lessons[0].url}"' in content


def test_shows_a_passed_quiz_as_text(client, people, course):
    from learning.quiz import submit

    enrollment = progress.enroll(people.mitglied, course)
    lesson = course.test_lessons[-1]
    quiz = only_quiz(lesson)
    submit(enrollment, lesson, quiz, as_querydict(answers(quiz)))
    login_as(client, people.mitglied)
    content = client.get("/lernen/meine-kurse/").content.decode()
    assert "<td>bestanden</td>" in content


def test_empty_state(client, people):
    login_as(client, people.mitglied)
    assert (
        "Sie sind noch zu keinem Kurs angemeldet."
        in client.get("/lernen/meine-kurse/").content.decode()
    )


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/lernen/meine-kurse/").status_code == 200
    return len(captured)


def test_query_count_does_not_grow_with_the_courses(client, people, course):
    login_as(client, people.mitglied)
    enrollment = progress.enroll(people.mitglied, course)
    progress.complete_lesson(enrollment, course.test_lessons[0])
    client.get("/lernen/meine-kurse/")
    few = _queries(client)
    for n in range(5):
        extra = factories.course(title=f"Kurs {n}")
        lesson = factories.lesson(extra, "Lektion", with_quiz=True)
        progress.complete_lesson(progress.enroll(people.mitglied, extra), lesson)
    assert _queries(client) == few


def test_course_page_query_count_does_not_grow(client, people, course):
    login_as(client, people.mitglied)
    progress.enroll(people.mitglied, course)
    client.get(course.url)
    with CaptureQueriesContext(connection) as few:
        client.get(course.url)
    for n in range(6):
        factories.lesson(course, f"Zusatz {n}")
        course.prerequisites.add(factories.course(title=f"Vorher {n}"))
    course.save()
    with CaptureQueriesContext(connection) as many:
        client.get(course.url)
    assert len(many) == len(few)
