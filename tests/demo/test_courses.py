import pytest

from demo.courses import seed_learning
from learning.models import CoursePage, LearningPathPage, LessonPage
from learning.quiz import quizzes_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db):
    return seed_learning()


def test_six_courses_covering_all_phases(seeded):
    courses = CoursePage.objects.live()
    assert courses.count() >= 6
    phases = set(courses.values_list("phases__number", flat=True))
    assert phases == {1, 2, 3, 4}


def test_every_course_has_three_lessons_with_substance_and_a_quiz(seeded):
    for course in CoursePage.objects.live():
        lessons = list(LessonPage.objects.child_of(course).live())
        assert len(lessons) >= 3, course.title
        for lesson in lessons:
            paragraphs = [b for b in lesson.body if b.block_type == "paragraph"]
            assert len(paragraphs) >= 2, lesson.title
        quizzes = [q for lesson in lessons for q in quizzes_of(lesson).values()]
        assert quizzes, course.title
        for quiz in quizzes:
            assert len(quiz.questions) >= 4
            assert all(c.feedback for q in quiz.questions for c in q.choices)


def test_a_learning_path_per_phase(seeded):
    paths = LearningPathPage.objects.live()
    assert set(paths.values_list("phase", flat=True)) == {1, 2, 3, 4}
    assert all(path.steps.exists() for path in paths)


def test_seeding_again_changes_nothing(seeded):
    before = {p.pk: p.latest_revision_id for p in CoursePage.objects.all()}
    again = seed_learning()
    assert again["neu"] == 0
    assert {p.pk: p.latest_revision_id for p in CoursePage.objects.all()} == before
