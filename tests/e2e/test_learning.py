"""A member takes a course in the browser: enrol, work through the lessons, pass the quiz and
read the result; every page of Lernen audited with axe-core."""

import re

import pytest
from django.utils.translation import gettext as _
from playwright.sync_api import expect

from learning import factories
from learning.models import CoursePage, LearningPathPage, QuizAttempt
from learning.quiz import quizzes_of
from tests.e2e.helpers import assert_no_axe_violations


@pytest.fixture
def course(db):
    page = factories.course(title="OZG-Grundlagen", max_attempts=2)
    factories.lesson(page, "Was das OZG verlangt")
    factories.lesson(page, "Einer für Alle", with_quiz=True)
    factories.learning_path(factories.course_index(), "Lernpfad Orientierung", 1, [page])
    return CoursePage.objects.get(pk=page.pk)


def _answer_right(page, lesson):
    (quiz,) = quizzes_of(lesson).values()
    for question in quiz.questions:
        for choice in question.choices:
            if choice.correct:
                page.locator(f"#antwort-{choice.id}").check()


def test_enrol_do_the_lessons_pass_the_quiz(page, script_errors, sign_in, people, course):
    first, second = course.get_children().live().specific().order_by("path")
    sign_in(page, people.mitglied)
    page.goto(course.url)
    page.get_by_role("button", name=_("Zum Kurs anmelden")).click()

    expect(page).to_have_url(re.compile(re.escape(first.url) + "$"))
    page.get_by_role("button", name=_("Lektion abgeschlossen")).click()

    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))
    expect(page.get_by_text("1 von 2 Lektionen erledigt")).to_be_visible()
    _answer_right(page, second)
    page.get_by_role("button", name=_("Antworten abgeben")).click()

    expect(page.get_by_role("heading", level=1)).to_contain_text(_("Ergebnis"))
    expect(page.get_by_text("100 % richtig")).to_be_visible()
    assert QuizAttempt.objects.get(user=people.mitglied).passed

    page.goto(second.url)
    page.get_by_role("button", name=_("Lektion abgeschlossen")).click()
    page.goto("/lernen/meine-kurse/")
    expect(page.get_by_text("2 von 2 Lektionen erledigt")).to_be_visible()
    assert script_errors == []


def test_no_axe_violations_on_the_pages_of_lernen(axe_page, sign_in, people, course):
    lessons = list(course.get_children().live().specific().order_by("path"))
    index = course.get_parent()
    axe_page.goto(index.url)
    assert_no_axe_violations(axe_page)
    axe_page.goto(f"{index.url}?phase=1")
    assert_no_axe_violations(axe_page)
    axe_page.goto(course.url)
    assert_no_axe_violations(axe_page)

    sign_in(axe_page, people.mitglied)
    axe_page.goto(course.url)
    axe_page.get_by_role("button", name=_("Zum Kurs anmelden")).click()
    assert_no_axe_violations(axe_page)  # lesson
    axe_page.goto(lessons[1].url)
    assert_no_axe_violations(axe_page)  # lesson with quiz form
    axe_page.get_by_role("button", name=_("Antworten abgeben")).click()
    assert_no_axe_violations(axe_page)  # quiz form with errors
    _answer_right(axe_page, lessons[1])
    axe_page.get_by_role("button", name=_("Antworten abgeben")).click()
    expect(axe_page.get_by_role("heading", level=1)).to_contain_text(_("Ergebnis"))
    assert_no_axe_violations(axe_page)  # results
    axe_page.goto("/lernen/meine-kurse/")
    assert_no_axe_violations(axe_page)
    axe_page.goto(LearningPathPage.objects.get().url)
    assert_no_axe_violations(axe_page)
