"""Demo courses and learning paths for `manage.py seed_demo`.

Idempotent like the rest of seed_demo: pages are looked up by slug and created only when
missing; once a page exists, the editors own its content and a new run leaves it alone.
"""

from __future__ import annotations

import json
from collections import Counter

from network.models import Handlungsfeld

from . import demo_content
from .factories import callout, paragraph, quiz_block, video
from .models import (
    CourseIndexPage,
    CoursePage,
    LearningPathCourse,
    LearningPathPage,
    LearningPhase,
    LessonPage,
)

CREATED, UNCHANGED = "neu", "unverändert"


def _publish(parent, page) -> None:
    parent.add_child(instance=page)
    page.save_revision().publish()


def _block(spec: tuple) -> dict:
    kind = spec[0]
    if kind == "p":
        return paragraph(spec[1])
    if kind == "callout":
        return callout(spec[1], spec[2], *(spec[3:] or ()))
    if kind == "video":
        return video(spec[1], spec[2])
    raise ValueError(f"unknown demo block {kind!r}")


def seed_index(home) -> tuple[CourseIndexPage, Counter]:
    index = CourseIndexPage.objects.first()
    if index is not None:
        return index, Counter({UNCHANGED: 1})
    spec = demo_content.INDEX
    index = CourseIndexPage(title=spec["title"], slug=spec["slug"], intro=spec["intro"])
    _publish(home, index)
    return index, Counter({CREATED: 1})


def seed_course(index: CourseIndexPage, spec: dict, tally: Counter) -> CoursePage:
    course = CoursePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if course is None:
        course = CoursePage(
            title=spec["title"],
            slug=spec["slug"],
            teaser=spec["teaser"],
            audience=spec["audience"],
            level=spec["level"],
            duration_minutes=spec["duration_minutes"],
            objectives=spec["objectives"],
        )
        course.handlungsfelder = list(
            Handlungsfeld.objects.filter(slug__in=spec["handlungsfelder"])
        )
        course.phases = list(LearningPhase.objects.filter(number__in=spec["phases"]))
        course.tags.add(*spec["tags"])
        _publish(index, course)
        tally[CREATED] += 1
    else:
        tally[UNCHANGED] += 1
    lessons = spec["lessons"]
    for position, (slug, title, blocks) in enumerate(lessons):
        if LessonPage.objects.child_of(course).filter(slug=slug).exists():
            tally[UNCHANGED] += 1
            continue
        stream = [_block(block) for block in blocks]
        if position == len(lessons) - 1:
            stream.append(
                quiz_block(
                    spec["quiz"],
                    title="Abschlussquiz",
                    intro=f"Prüfen Sie Ihr Wissen aus dem Kurs „{spec['title']}“.",
                )
            )
        _publish(course, LessonPage(title=title, slug=slug, body=json.dumps(stream)))
        tally[CREATED] += 1
    return course


def _link_prerequisites(courses: dict[str, CoursePage], created: set[str]) -> None:
    for spec in demo_content.COURSES:
        if spec["slug"] not in created or not spec["prerequisites"]:
            continue
        course = CoursePage.objects.get(pk=courses[spec["slug"]].pk)
        course.prerequisites = [courses[slug] for slug in spec["prerequisites"]]
        course.save_revision().publish()


def seed_paths(index: CourseIndexPage, courses: dict[str, CoursePage], tally: Counter) -> None:
    for spec in demo_content.LEARNING_PATHS:
        if LearningPathPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            tally[UNCHANGED] += 1
            continue
        learning_path = LearningPathPage(
            title=spec["title"], slug=spec["slug"], phase=spec["phase"], intro=spec["intro"]
        )
        learning_path.steps = [
            LearningPathCourse(course=courses[slug], sort_order=position)
            for position, slug in enumerate(spec["courses"])
        ]
        _publish(index, learning_path)
        tally[CREATED] += 1


def seed_learning(home) -> Counter:
    """Creates the course catalogue, the demo courses with lessons and quizzes, and one
    learning path per phase, where missing; counts pages like the rest of seed_demo."""
    index, tally = seed_index(home)
    existing = set(CoursePage.objects.child_of(index).values_list("slug", flat=True))
    courses = {spec["slug"]: seed_course(index, spec, tally) for spec in demo_content.COURSES}
    _link_prerequisites(courses, set(courses) - existing)
    seed_paths(index, courses, tally)
    return tally
