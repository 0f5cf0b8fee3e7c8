"""A finished course no longer asks the person to go on learning, and each progress bar on
"Meine Kurse" has its own label."""

import re

import pytest

from learning import factories, progress
from tests.helpers import login_as
from tests.learning.certificate_helpers import finished_course

pytestmark = pytest.mark.django_db


def test_a_finished_course_offers_to_look_again_not_to_go_on(client, people):
    course, _lessons, _enrollment = finished_course(people.mitglied, title="OZG-Grundlagen")
    login_as(client, people.mitglied)
    content = client.get(course.url).content.decode()
    assert "Kurs noch einmal ansehen" in content
    assert "Weiterlernen" not in content


def test_every_progress_bar_on_my_courses_has_an_id_of_its_own(client, people):
    for title in ("Erster Kurs", "Zweiter Kurs"):
        progress.enroll(people.mitglied, factories.course(title=title))
    login_as(client, people.mitglied)
    content = client.get("/lernen/meine-kurse/").content.decode()
    ids = re.findall(r'<progress id="([^"]*)"', content)
    assert len(ids) == 2
    assert len(set(ids)) == 2 and all(ids)
