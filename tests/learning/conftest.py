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


@pytest.fixture
def holder(people):
    """The member who takes courses and holds certificates: a name with characters that
    must survive the PDF, and a job title that must not appear where only the name may."""
    person = people.mitglied
    person.first_name, person.last_name = "Jürgen", "Weiß-Öztürk"
    person.job_title = "Sachgebietsleiter Digitalisierung"
    person.save()
    return person
