import pytest

from learning import progress
from learning.models import Enrollment
from learning.quiz import submit
from tests.learning.helpers import answers, as_querydict, only_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrollment(course, people):
    return progress.enroll(people.mitglied, course)


def test_enrolling_twice_keeps_one_enrolment(course, people, enrollment):
    assert progress.enroll(people.mitglied, course) == enrollment
    assert Enrollment.objects.filter(user=people.mitglied).count() == 1


def test_share_of_lessons_done_is_rounded_down(course, enrollment):
    progress.complete_lesson(enrollment, course.test_lessons[0])
    assert progress.lesson_share_done(enrollment) == 33
    progress.complete_lesson(enrollment, course.test_lessons[1])
    assert progress.lesson_share_done(enrollment) == 66


def test_completing_a_lesson_twice_counts_once(course, enrollment):
    progress.complete_lesson(enrollment, course.test_lessons[0])
    progress.complete_lesson(enrollment, course.test_lessons[0])
    assert progress.lesson_counts(enrollment) == (1, 3)


def test_unpublished_lessons_do_not_count(course, enrollment):
    progress.complete_lesson(enrollment, course.test_lessons[0])
    course.test_lessons[1].unpublish()
    assert progress.lesson_counts(enrollment) == (1, 2)
    assert progress.lesson_share_done(enrollment) == 50


def test_a_lesson_of_another_course_cannot_be_completed(course, enrollment):
    from learning import factories

    other = factories.course(title="Anderer Kurs")
    foreign = factories.lesson(other, "Fremde Lektion")
    with pytest.raises(ValueError):
        progress.complete_lesson(enrollment, foreign)


def test_annotated_progress_matches_the_single_count(course, people, enrollment):
    progress.complete_lesson(enrollment, course.test_lessons[0])
    (annotated,) = progress.enrollments_for(people.mitglied)
    assert (annotated.lessons_done, annotated.lessons_total) == (1, 3)
    assert progress.lesson_share_done(annotated) == 33


def test_course_is_complete_only_with_all_lessons_and_the_quiz(course, people, enrollment):
    for lesson in course.test_lessons:
        progress.complete_lesson(enrollment, lesson)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None
    assert not progress.course_passed(people.mitglied, course)
    quiz_lesson = course.test_lessons[-1]
    quiz = only_quiz(quiz_lesson)
    submit(enrollment, quiz_lesson, quiz, as_querydict(answers(quiz)))
    enrollment.refresh_from_db()
    assert progress.course_passed(people.mitglied, course)
    assert enrollment.completed_at is not None


def test_a_course_without_quiz_is_never_passed_but_can_be_completed(people):
    from learning import factories

    course = factories.course(title="Ohne Quiz")
    lesson = factories.lesson(course, "Einzige Lektion")
    enrollment = progress.enroll(people.mitglied, course)
    progress.complete_lesson(enrollment, lesson)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    assert not progress.course_passed(people.mitglied, course)


def test_resume_at_the_last_opened_lesson(course, enrollment):
    assert progress.resume_lesson(enrollment, course) == course.test_lessons[0]
    progress.record_visit(enrollment, course.test_lessons[1])
    assert progress.resume_lesson(enrollment, course) == course.test_lessons[1]


def test_opening_a_lesson_remembers_it(client, people, course, enrollment):
    from tests.helpers import login_as

    login_as(client, people.mitglied)
    client.get(course.test_lessons[2].url)
    enrollment.refresh_from_db()
    assert enrollment.last_lesson_id == course.test_lessons[2].pk


def test_lesson_done_button_marks_and_moves_on(client, people, course, enrollment):
    from tests.helpers import login_as

    login_as(client, people.mitglied)
    first, second = course.test_lessons[:2]
    response = client.post(f"{first.url}abschliessen/")
    assert response.status_code == 302 and response["Location"] == second.url
    assert progress.lesson_counts(enrollment) == (1, 3)
    content = client.get(course.url).content.decode()
    assert "1 von 3 Lektionen erledigt" in content
    assert '<progress id="kursfortschritt" max="100" value="33">' in content


def test_path_shows_progress_per_course(client, people, course, enrollment):
    from learning import factories
    from learning.models import CourseIndexPage
    from tests.helpers import login_as

    path = factories.learning_path(CourseIndexPage.objects.get(), "Lernpfad", 1, [course])
    progress.complete_lesson(enrollment, course.test_lessons[0])
    login_as(client, people.mitglied)
    content = client.get(path.url).content.decode()
    assert "0 von 1 Kursen abgeschlossen" in content
    assert "1 von 3 Lektionen erledigt" in content
