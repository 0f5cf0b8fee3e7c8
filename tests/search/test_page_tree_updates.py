"""Changes to a page reach the entries of the pages below it, and CMS privacy settings reach
the index."""

import pytest
from wagtail.models import PageViewRestriction

from bestpractice.factories import case_study_index, create_case_study
from learning import factories as learning_factories
from search.backends import get_backend

pytestmark = pytest.mark.django_db


def titles(query: str, user=None) -> list[str]:
    return [hit.title for hit in get_backend().search(query, user).hits]


def test_a_case_study_made_private_in_the_cms_is_found_by_no_visitor(
    kommune, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = create_case_study(
            case_study_index(), kommunen=[kommune], title="Digitaler Bauantrag Musterstadt"
        )
        page.save_revision().publish()
    assert titles("Bauantrag") == ["Digitaler Bauantrag Musterstadt"]

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert titles("Bauantrag") == []


def test_renaming_a_course_moves_its_lessons_hits_to_the_new_address(
    people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        course = learning_factories.course(title="Agile Projektarbeit")
        learning_factories.lesson(course, "Kanban im Bürgerbüro")
    with django_capture_on_commit_callbacks(execute=True):
        course.slug = "agil-arbeiten"
        course.save_revision().publish()

    [hit] = get_backend().search("Kanban", people.mitglied).hits
    assert "/agil-arbeiten/" in hit.url
