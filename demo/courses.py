"""The demo courses and learning paths: `content/kurse/` (one YAML file per course with its
lessons and final quiz), `content/lernpfade.yaml` and `content/lernen.yaml` (the catalogue).

Idempotent like the rest of seed_demo: pages are looked up by slug and created only when
missing; once a page exists, the editors own its content and a new run leaves it alone. The
quiz's block ids, which grading and stored attempts refer to, are therefore made once."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

from core.plugins import SeedContext
from learning.factories import callout, classify, paragraph, path_steps, quiz_block, video
from learning.models import CourseIndexPage, CoursePage, LearningPathPage, LessonPage

from .loader import read_yaml, yaml_files
from .seeding import CREATED, UNCHANGED, describe, home_page_for, phase_number


@cache
def courses() -> tuple[tuple[str, dict], ...]:
    """(slug, course) of every course file, in catalogue order."""
    return tuple(yaml_files("kurse"))


@cache
def learning_paths() -> tuple[dict, ...]:
    return tuple(read_yaml("lernpfade.yaml"))


def publish(parent, page) -> None:
    parent.add_child(instance=page)
    page.save_revision().publish()


def lesson_block(spec: dict) -> dict:
    """A block of a lesson file ({"absatz": html}, {"hinweis": …}, {"video": …}) in the
    StreamField's stored form."""
    [(kind, value)] = spec.items()
    if kind == "absatz":
        return paragraph(value)
    if kind == "hinweis":
        return callout(value["titel"], value["text"], value.get("art", "info"))
    if kind == "video":
        return video(value["titel"], value["transkript"])
    raise ValueError(f"Unbekannter Baustein {kind!r} in den Demo-Kursen.")


def final_quiz(course: dict) -> dict:
    questions = [
        (
            question["frage"],
            question["art"],
            [
                (answer["text"], answer["richtig"], answer["rueckmeldung"])
                for answer in question["antworten"]
            ],
        )
        for question in course["abschlussquiz"]
    ]
    return quiz_block(
        questions,
        title="Abschlussquiz",
        intro=f"Prüfen Sie Ihr Wissen aus dem Kurs „{course['titel']}“.",
    )


def seed_index() -> tuple[CourseIndexPage, Counter]:
    index = CourseIndexPage.objects.first()
    if index is not None:
        return index, Counter({UNCHANGED: 1})
    spec = read_yaml("lernen.yaml")
    index = CourseIndexPage(title=spec["titel"], slug=spec["slug"], intro=spec["einleitung"])
    publish(home_page_for(CourseIndexPage), index)
    return index, Counter({CREATED: 1})


def seed_course(index: CourseIndexPage, slug: str, spec: dict, tally: Counter) -> CoursePage:
    course = CoursePage.objects.child_of(index).filter(slug=slug).first()
    if course is None:
        course = CoursePage(
            title=spec["titel"],
            slug=slug,
            teaser=spec["teaser"],
            audience=spec["zielgruppe"],
            level=spec["niveau"],
            duration_minutes=spec["dauer_minuten"],
            objectives=spec["lernziele"],
        )
        classify(course, spec["handlungsfelder"], [phase_number(name) for name in spec["phasen"]])
        course.tags.add(*spec["schlagworte"])
        publish(index, course)
        tally[CREATED] += 1
    else:
        tally[UNCHANGED] += 1
    seed_lessons(course, spec, tally)
    return course


def seed_lessons(course: CoursePage, spec: dict, tally: Counter) -> None:
    """The lessons of the course where missing; the last one ends with the final quiz."""
    lessons = spec["lektionen"]
    for position, lesson in enumerate(lessons):
        if LessonPage.objects.child_of(course).filter(slug=lesson["slug"]).exists():
            tally[UNCHANGED] += 1
            continue
        stream = [lesson_block(block) for block in lesson["inhalt"]]
        if position == len(lessons) - 1:
            stream.append(final_quiz(spec))
        publish(
            course, LessonPage(title=lesson["titel"], slug=lesson["slug"], body=json.dumps(stream))
        )
        tally[CREATED] += 1


def link_prerequisites(found: dict[str, CoursePage], created: set[str]) -> None:
    for slug, spec in courses():
        if slug not in created or not spec["voraussetzungen"]:
            continue
        course = CoursePage.objects.get(pk=found[slug].pk)
        course.prerequisites = [found[required] for required in spec["voraussetzungen"]]
        course.save_revision().publish()


def seed_paths(index: CourseIndexPage, found: dict[str, CoursePage], tally: Counter) -> None:
    for spec in learning_paths():
        if LearningPathPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            tally[UNCHANGED] += 1
            continue
        learning_path = LearningPathPage(
            title=spec["titel"],
            slug=spec["slug"],
            phase=phase_number(spec["phase"]),
            intro=spec["einleitung"],
        )
        learning_path.steps = path_steps([found[slug] for slug in spec["kurse"]])
        publish(index, learning_path)
        tally[CREATED] += 1


def seed_learning() -> Counter:
    """Creates the course catalogue, the demo courses with lessons and quizzes, and one
    learning path per phase, where missing; counts pages like the rest of seed_demo."""
    index, tally = seed_index()
    existing = set(CoursePage.objects.child_of(index).values_list("slug", flat=True))
    found = {slug: seed_course(index, slug, spec, tally) for slug, spec in courses()}
    link_prerequisites(found, set(found) - existing)
    seed_paths(index, found, tally)
    return tally


def seed_learning_pages(context: SeedContext) -> None:
    context.write(f"  Lernen:          {describe(seed_learning())}")
