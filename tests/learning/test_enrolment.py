import pytest

from learning.models import Enrollment
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


def enrol_url(course):
    return f"/lernen/meine-kurse/anmelden/{course.pk}/"


def test_enrolling_leads_to_the_first_lesson(client, people, course):
    login_as(client, people.mitglied)
    response = client.post(enrol_url(course))
    assert response.status_code == 302
    assert response["Location"] == course.test_lessons[0].url
    assert Enrollment.objects.filter(user=people.mitglied, course=course).exists()


def test_enrolling_again_resumes_where_one_left_off(client, people, course):
    login_as(client, people.mitglied)
    client.post(enrol_url(course))
    client.get(course.test_lessons[1].url)
    response = client.post(enrol_url(course))
    assert response["Location"] == course.test_lessons[1].url
    assert Enrollment.objects.filter(user=people.mitglied).count() == 1


def test_enrolling_needs_post(client, people, course):
    login_as(client, people.mitglied)
    assert client.get(enrol_url(course)).status_code == 405


def test_a_draft_course_cannot_be_enrolled(client, people, course):
    course.unpublish()
    login_as(client, people.mitglied)
    assert client.post(enrol_url(course)).status_code == 404


def test_course_page_offers_enrolment_then_progress(client, people, course):
    login_as(client, people.mitglied)
    assert "Zum Kurs anmelden" in client.get(course.url).content.decode()
    client.post(enrol_url(course))
    content = client.get(course.url).content.decode()
    assert "Zum Kurs anmelden" not in content
    assert "0 von 3 Lektionen erledigt" in content
    assert "Mit der ersten Lektion beginnen" in content


def test_signed_in_person_without_kommune_is_told_why(client, course, django_user_model):
    from core.factories import UserFactory

    login_as(client, UserFactory())
    content = client.get(course.url).content.decode()
    assert "Zum Kurs anmelden" not in content
    assert "bestätigten Mitgliedern einer Kommune" in content
