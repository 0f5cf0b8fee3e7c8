from django.http import QueryDict

from learning.quiz import FIELD_PREFIX, Quiz, quizzes_of


def only_quiz(lesson) -> Quiz:
    (quiz,) = quizzes_of(lesson).values()
    return quiz


def answers(quiz: Quiz, *, right: bool = True) -> dict[str, list[str]]:
    """Form data answering every question right (or every question wrong)."""
    data = {}
    for question in quiz.questions:
        chosen = [c.id for c in question.choices if c.correct == right]
        data[FIELD_PREFIX + question.id] = chosen[:1] if question.is_single else chosen
    return data


def as_querydict(data: dict[str, list[str]]) -> QueryDict:
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    return query


def quiz_url(lesson, quiz: Quiz) -> str:
    return f"{lesson.url}quiz/{quiz.key}/"
