"""Builders of courses, lessons and quizzes for tests and demo data."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence

from wagtail.models import Page, Site

from network.models import Handlungsfeld

from .models import (
    CourseIndexPage,
    CoursePage,
    LearningPathCourse,
    LearningPathPage,
    LearningPhase,
    LessonPage,
)

# (text, correct, feedback)
ChoiceSpec = tuple[str, bool, str]
# (question, "single"/"multiple", choices)
QuestionSpec = tuple[str, str, Sequence[ChoiceSpec]]


def _item(value) -> dict:
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def quiz_block(
    questions: Iterable[QuestionSpec], title: str = "Wissenscheck", intro: str = ""
) -> dict:
    """A quiz in the StreamField's stored form, with fresh ids for quiz, questions and
    choices (the ids the grading and the attempts refer to)."""
    return {
        "type": "quiz",
        "id": str(uuid.uuid4()),
        "value": {
            "title": title,
            "intro": intro,
            "questions": [
                _item(
                    {
                        "text": text,
                        "kind": kind,
                        "choices": [
                            _item({"text": c_text, "correct": correct, "feedback": feedback})
                            for c_text, correct, feedback in choices
                        ],
                    }
                )
                for text, kind, choices in questions
            ],
        },
    }


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html, "id": str(uuid.uuid4())}


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}, "id": str(uuid.uuid4())}


def callout(title: str, html: str, kind: str = "info") -> dict:
    return {
        "type": "callout",
        "value": {"kind": kind, "title": title, "text": html},
        "id": str(uuid.uuid4()),
    }


def video(title: str, transcript_html: str, url: str = "") -> dict:
    return {
        "type": "video",
        "value": {"title": title, "video": url or None, "transcript": transcript_html},
        "id": str(uuid.uuid4()),
    }


SAMPLE_QUESTIONS: list[QuestionSpec] = [
    (
        "Wofür steht OZG?",
        "single",
        [
            ("Onlinezugangsgesetz", True, "Richtig: das Gesetz über Online-Verwaltungsleistungen."),
            ("Ortszuständigkeitsgesetz", False, "Ein solches Gesetz gibt es nicht."),
            ("Organisationszentralgesetz", False, "Nein, gemeint ist der Onlinezugang."),
        ],
    ),
    (
        "Welche gehören zu den Phasen des Bausteinkonzepts?",
        "multiple",
        [
            ("Orientierung", True, "Ja, die erste Phase."),
            ("Strategie", True, "Ja, die dritte Phase."),
            ("Abriss", False, "Keine Phase des Bausteinkonzepts."),
        ],
    ),
]


def home_page() -> Page:
    return Site.objects.get(is_default_site=True).root_page


def course_index(slug: str = "lernen", title: str = "Lernen") -> CourseIndexPage:
    existing = CourseIndexPage.objects.first()
    if existing:
        return existing
    index = CourseIndexPage(title=title, slug=slug, intro="<p>Kurse für Kommunen.</p>")
    home_page().add_child(instance=index)
    return index


def course(
    index: CourseIndexPage | None = None,
    title: str = "OZG-Grundlagen",
    *,
    handlungsfelder: Sequence[str] = ("buergerdienste",),
    phases: Sequence[int] = (1,),
    live: bool = True,
    **fields,
) -> CoursePage:
    index = index or course_index()
    values = {
        "teaser": f"{title}: ein Kurs für Beschäftigte in Kommunen.",
        "audience": "Beschäftigte in Kommunalverwaltungen",
        "duration_minutes": 90,
        "objectives": "<ul><li>Grundlagen verstehen</li></ul>",
        **fields,
    }
    page = CoursePage(title=title, live=live, **values)
    classify(page, handlungsfelder, phases)
    index.add_child(instance=page)
    return page


def classify(course: CoursePage, handlungsfelder: Sequence[str], phases: Sequence[int]) -> None:
    """Gives a course not yet saved its Handlungsfelder (Topic values) and phases (numbers)."""
    course.handlungsfelder = list(Handlungsfeld.objects.filter(slug__in=handlungsfelder))
    course.phases = list(LearningPhase.objects.filter(number__in=phases))


def lesson(
    course_page: CoursePage,
    title: str = "Lektion",
    *,
    blocks: Sequence[dict] | None = None,
    with_quiz: bool = False,
    live: bool = True,
) -> LessonPage:
    stream = list(blocks or [paragraph(f"<p>Inhalt der Lektion {title}.</p>")])
    if with_quiz:
        stream.append(quiz_block(SAMPLE_QUESTIONS))
    page = LessonPage(title=title, live=live, body=json.dumps(stream))
    course_page.add_child(instance=page)
    return LessonPage.objects.get(pk=page.pk)


def learning_path(
    index: CourseIndexPage, title: str, phase: int, courses: Sequence[CoursePage], intro: str = ""
) -> LearningPathPage:
    page = LearningPathPage(title=title, phase=phase, intro=intro or f"<p>{title}</p>")
    page.steps = path_steps(courses)
    index.add_child(instance=page)
    return page


def path_steps(courses: Sequence[CoursePage]) -> list[LearningPathCourse]:
    """The steps of a learning path that takes the courses in this order."""
    return [
        LearningPathCourse(course=course, sort_order=position)
        for position, course in enumerate(courses)
    ]
