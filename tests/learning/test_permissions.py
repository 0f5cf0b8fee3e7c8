import pytest
from allauth.account.models import EmailAddress

from core.permissions import has_perm
from learning import progress
from learning.models import Enrollment, QuizAttempt
from tests.helpers import RolePeople, login_as
from tests.learning.helpers import answers, only_quiz, quiz_url

pytestmark = pytest.mark.django_db

ROLES = RolePeople.role_names()
MAY_ENROL = {
    "mitglied",
    "digitallotse",
    "kommunen_admin",
    "fremder_admin",
    "redaktion",
    "netzwerkkoordination",
}


@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_catalogue_and_course_overview(client, people, course, role):
    login_as(client, getattr(people, role))
    assert client.get(course.get_parent().url).status_code == 200
    response = client.get(course.url)
    assert response.status_code == 200
    assert course.teaser in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_lessons_need_sign_in(client, people, course, role):
    user = getattr(people, role)
    login_as(client, user)
    response = client.get(course.test_lessons[0].url)
    if user is None:
        assert response.status_code == 302 and "/konto/login/" in response["Location"]
    else:
        assert response.status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_who_may_enrol(client, people, course, role):
    user = getattr(people, role)
    login_as(client, user)
    response = client.post(f"/lernen/meine-kurse/anmelden/{course.pk}/")
    enrolled = Enrollment.objects.filter(course=course).exists()
    assert enrolled == (role in MAY_ENROL)
    if user is None:
        assert response.status_code == 302 and "/konto/login/" in response["Location"]
    elif role not in MAY_ENROL:
        assert response.status_code == 403


def test_unconfirmed_membership_may_not_enrol(people, course, kommune):
    from network.factories import MembershipFactory
    from network.models import MembershipState

    requested = MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED).user
    assert not has_perm(requested, "learning.enrol", course)


def test_unverified_address_may_not_enrol(people, course):
    EmailAddress.objects.filter(user=people.mitglied).update(verified=False)
    assert not has_perm(people.mitglied, "learning.enrol", course)


@pytest.mark.parametrize("role", ROLES)
def test_taking_part_needs_an_own_enrolment(client, people, course, role):
    """Nobody, whatever their role, marks lessons or submits quizzes without enrolling."""
    user = getattr(people, role)
    login_as(client, user)
    lesson = course.test_lessons[-1]
    quiz = only_quiz(lesson)
    done = client.post(f"{lesson.url}abschliessen/")
    submitted = client.post(quiz_url(lesson, quiz), answers(quiz))
    expected = 302 if user is None else 403
    assert (done.status_code, submitted.status_code) == (expected, expected)
    assert not QuizAttempt.objects.exists()


@pytest.mark.parametrize("role", [r for r in ROLES if r in MAY_ENROL])
def test_enrolled_people_take_part(client, people, course, role):
    user = getattr(people, role)
    progress.enroll(user, course)
    login_as(client, user)
    lesson = course.test_lessons[-1]
    quiz = only_quiz(lesson)
    assert client.post(f"{lesson.url}abschliessen/").status_code == 302
    assert client.post(quiz_url(lesson, quiz), answers(quiz)).status_code == 302
    assert QuizAttempt.objects.filter(user=user, passed=True).exists()


@pytest.mark.parametrize("role", ROLES)
def test_my_courses_needs_sign_in(client, people, role):
    user = getattr(people, role)
    login_as(client, user)
    response = client.get("/lernen/meine-kurse/")
    assert response.status_code == (302 if user is None else 200)


def test_every_learning_action_has_a_rule():
    from core.permissions import registered_actions

    assert {
        "learning.view_catalogue",
        "learning.view_course",
        "learning.view_lesson",
        "learning.enrol",
        "learning.take_part",
        "learning.my_courses",
        "learning.view_attempt",
    } <= set(registered_actions())
