import pytest
from django.core.exceptions import ValidationError

from learning import factories
from learning.blocks import QuestionBlock
from learning.models import CourseIndexPage, CoursePage, LearningPathPage, LessonPage
from portal.models import HomePage, StandardPage
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


def test_catalogue_only_once_and_only_below_the_home_page(course):
    home = HomePage.objects.get()
    index = CourseIndexPage.objects.get()
    assert not CourseIndexPage.can_create_at(home)  # max_count 1, one exists
    assert CourseIndexPage.parent_page_types == ["portal.HomePage"]
    assert not CourseIndexPage.can_create_at(index)


def test_courses_and_paths_live_in_the_catalogue(course):
    index = CourseIndexPage.objects.get()
    home = HomePage.objects.get()
    assert CoursePage.can_create_at(index)
    assert LearningPathPage.can_create_at(index)
    assert not CoursePage.can_create_at(home)
    assert not LearningPathPage.can_create_at(course)


def test_lessons_only_in_courses_and_without_children(course):
    lesson = course.test_lessons[0]
    assert LessonPage.can_create_at(course)
    assert not LessonPage.can_create_at(CourseIndexPage.objects.get())
    assert not LessonPage.can_create_at(lesson)
    assert not StandardPage.can_create_at(course)
    assert CoursePage.subpage_types == ["learning.LessonPage"]


def _question(kind, flags):
    return {
        "text": "Frage",
        "kind": kind,
        "choices": [{"text": f"A{i}", "correct": f, "feedback": ""} for i, f in enumerate(flags)],
    }


def test_single_choice_question_with_two_right_answers_is_refused():
    block = QuestionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(_question("single", [True, True])))


def test_question_without_a_right_answer_is_refused():
    block = QuestionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(_question("multiple", [False, False])))


def test_multiple_choice_question_with_two_right_answers_is_fine():
    block = QuestionBlock()
    block.clean(block.to_python(_question("multiple", [True, True, False])))


def test_redaktion_can_add_a_course_in_the_cms(client, people, course):
    index = CourseIndexPage.objects.get()
    login_as(client, people.redaktion)
    response = client.get(f"/cms/pages/add/learning/coursepage/{index.pk}/")
    assert response.status_code == 200
    response = client.get(f"/cms/pages/add/learning/lessonpage/{course.pk}/")
    assert response.status_code == 200


@pytest.mark.parametrize("role", ["mitglied", "kommunen_admin"])
def test_members_cannot_reach_the_cms_course_editor(client, people, course, role):
    index = CourseIndexPage.objects.get()
    login_as(client, getattr(people, role))
    response = client.get(f"/cms/pages/add/learning/coursepage/{index.pk}/")
    assert response.status_code in (302, 403)


def test_learning_path_lists_its_courses_in_order(client, people, course):
    second = factories.course(title="Change Management", phases=[2])
    path = factories.learning_path(
        CourseIndexPage.objects.get(), "Lernpfad Start", 2, [second, course]
    )
    response = client.get(path.url)
    content = response.content.decode()
    assert content.index("Change Management") < content.index("OZG-Grundlagen")
