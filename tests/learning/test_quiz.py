import pytest

from learning import factories, progress
from learning.models import QuizAttempt
from learning.quiz import score
from tests.helpers import login_as
from tests.learning.helpers import answers, only_quiz, quiz_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz_lesson(course):
    return course.test_lessons[-1]


@pytest.fixture
def member(client, people, course):
    progress.enroll(people.mitglied, course)
    login_as(client, people.mitglied)
    return people.mitglied


def test_grading_counts_exactly_right_questions(quiz_lesson):
    quiz = only_quiz(quiz_lesson)
    single, multiple = quiz.questions
    right = {q.id: sorted(q.correct_ids) for q in quiz.questions}
    assert score(quiz, right) == 100
    # Half of a multiple-choice question right is not right.
    assert score(quiz, {**right, multiple.id: sorted(multiple.correct_ids)[:1]}) == 50
    wrong_single = next(c.id for c in single.choices if not c.correct)
    assert score(quiz, {single.id: [wrong_single], multiple.id: []}) == 0


def test_passing_submission_is_stored_and_shows_the_result(client, member, course, quiz_lesson):
    quiz = only_quiz(quiz_lesson)
    response = client.post(quiz_url(quiz_lesson, quiz), answers(quiz))
    attempt = QuizAttempt.objects.get(user=member)
    assert (attempt.number, attempt.score, attempt.passed) == (1, 100, True)
    assert attempt.course_id == course.pk and attempt.quiz_key == quiz.key
    assert response.status_code == 302
    result = client.get(response["Location"]).content.decode()
    assert "Bestanden" in result and "100 % richtig" in result
    assert "Richtig: das Gesetz über Online-Verwaltungsleistungen." in result


def test_failed_attempt_shows_feedback_of_chosen_answers_and_attempts_left(
    client, member, quiz_lesson
):
    quiz = only_quiz(quiz_lesson)
    response = client.post(quiz_url(quiz_lesson, quiz), answers(quiz, right=False))
    result = client.get(response["Location"]).content.decode()
    assert "Nicht bestanden" in result
    assert "Sie haben noch 1 Versuch." in result
    assert "Ein solches Gesetz gibt es nicht." in result  # feedback of a chosen answer
    # The right answer is not revealed while another attempt could use it.
    assert "richtige Antwort, nicht gewählt" not in result


def test_correct_answers_and_feedback_never_reach_the_form(client, member, quiz_lesson):
    content = client.get(quiz_lesson.url).content.decode()
    quiz = only_quiz(quiz_lesson)
    assert quiz.questions[0].choices[0].text in content
    for question in quiz.questions:
        for choice in question.choices:
            assert choice.feedback not in content
    assert "correct" not in content


def test_unanswered_question_keeps_what_was_chosen(client, member, quiz_lesson):
    quiz = only_quiz(quiz_lesson)
    data = answers(quiz)
    first_key = next(iter(data))
    chosen = data[first_key][0]
    data.pop(f"frage-{quiz.questions[1].id}")
    response = client.post(quiz_url(quiz_lesson, quiz), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Bitte beantworten Sie diese Frage." in content
    assert f'value="{chosen}" checked' in content
    assert not QuizAttempt.objects.exists()


def _rejected(client, lesson, url, data, status=400):
    response = client.post(url, data)
    assert response.status_code == status
    assert not QuizAttempt.objects.exists()
    return response.content.decode()


def test_answers_to_another_quiz_are_rejected(client, member, course, quiz_lesson):
    other_course = factories.course(title="Anderer Kurs")
    other = only_quiz(factories.lesson(other_course, "Fremd", with_quiz=True))
    quiz = only_quiz(quiz_lesson)
    content = _rejected(client, quiz_lesson, quiz_url(quiz_lesson, quiz), answers(other))
    assert "Die Antworten gehören nicht zu diesem Quiz." in content


def test_a_quiz_key_not_in_the_lesson_is_rejected(client, member, quiz_lesson):
    other = only_quiz(factories.lesson(factories.course(title="X"), "Fremd", with_quiz=True))
    _rejected(client, quiz_lesson, quiz_url(quiz_lesson, other), answers(other))


def test_unknown_choice_is_rejected(client, member, quiz_lesson):
    quiz = only_quiz(quiz_lesson)
    data = answers(quiz)
    data[f"frage-{quiz.questions[0].id}"] = ["00000000-0000-0000-0000-000000000000"]
    _rejected(client, quiz_lesson, quiz_url(quiz_lesson, quiz), data)


def test_several_answers_to_a_single_choice_question_are_rejected(client, member, quiz_lesson):
    quiz = only_quiz(quiz_lesson)
    data = answers(quiz)
    single = quiz.questions[0]
    data[f"frage-{single.id}"] = [c.id for c in single.choices]
    content = _rejected(client, quiz_lesson, quiz_url(quiz_lesson, quiz), data)
    assert "nur eine Antwort möglich" in content


def test_no_attempt_past_the_limit(client, member, course, quiz_lesson):
    quiz = only_quiz(quiz_lesson)
    for _ in range(course.max_attempts):
        client.post(quiz_url(quiz_lesson, quiz), answers(quiz, right=False))
    assert QuizAttempt.objects.count() == course.max_attempts
    response = client.post(quiz_url(quiz_lesson, quiz), answers(quiz))
    assert response.status_code == 403
    assert QuizAttempt.objects.count() == course.max_attempts
    assert "alle Versuche" in response.content.decode()
    assert not progress.course_passed(member, course)


def test_no_resubmission_after_passing(client, member, quiz_lesson):
    quiz = only_quiz(quiz_lesson)
    client.post(quiz_url(quiz_lesson, quiz), answers(quiz))
    response = client.post(quiz_url(quiz_lesson, quiz), answers(quiz, right=False))
    assert response.status_code == 403
    assert QuizAttempt.objects.count() == 1


def test_pass_mark_comes_from_the_course(client, people, quiz_lesson, course):
    course.pass_mark = 50
    course.save_revision().publish()
    progress.enroll(people.mitglied, course)
    login_as(client, people.mitglied)
    quiz = only_quiz(quiz_lesson)
    single, multiple = quiz.questions
    data = answers(quiz)
    data[f"frage-{multiple.id}"] = [c.id for c in multiple.choices if not c.correct]
    client.post(quiz_url(quiz_lesson, quiz), data)
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (50, True)


def test_others_cannot_see_a_result(client, member, people, quiz_lesson):
    quiz = only_quiz(quiz_lesson)
    location = client.post(quiz_url(quiz_lesson, quiz), answers(quiz))["Location"]
    progress.enroll(people.digitallotse, quiz_lesson.get_parent().specific)
    login_as(client, people.digitallotse)
    assert client.get(location).status_code == 404
