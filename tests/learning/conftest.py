import pytest

from learning import factories
from learning.models import CoursePage


@pytest.fixture
def course(db):
    """A live course of three lessons; the last one ends with a quiz of two questions."""
    page = factories.course(title="OZG-Grundlagen", pass_mark=70, max_attempts=2)
    lessons = [
        factories.lesson(page, "Einführung"),
        factories.lesson(page, "Einer für Alle"),
        factories.lesson(page, "Erste Schritte", with_quiz=True),
    ]
    page = CoursePage.objects.get(pk=page.pk)
    page.test_lessons = lessons
    return page
