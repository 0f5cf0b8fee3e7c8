"""Where case study pages may live and what a case study must have."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from bestpractice.factories import create_case_study
from bestpractice.models import SECTIONS, CaseStudyIndexPage, CaseStudyPage
from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_index_lives_only_below_the_home_page_and_only_once(index):
    home = HomePage.objects.get()
    assert CaseStudyIndexPage.allowed_parent_page_models() == [HomePage]
    assert not CaseStudyIndexPage.can_create_at(home)  # max_count 1, and one exists


def test_the_index_holds_case_studies_only():
    assert CaseStudyIndexPage.allowed_subpage_models() == [CaseStudyPage]


def test_case_studies_live_only_below_the_index_and_have_no_subpages(index):
    assert CaseStudyPage.allowed_parent_page_models() == [CaseStudyIndexPage]
    assert CaseStudyPage.can_create_at(index)
    assert not CaseStudyPage.can_create_at(HomePage.objects.get())
    assert CaseStudyPage.allowed_subpage_models() == []
    assert CaseStudyPage not in StandardPage.allowed_subpage_models()


def _admin_form(index, kommune, **overrides):
    form_class = CaseStudyPage.get_edit_handler().get_form_class()
    data = {
        "title": "Digitale Bauakte",
        "slug": "digitale-bauakte",
        "teaser": "Bauanträge ohne Papier.",
        "kommunen": [kommune.pk],
        "handlungsfelder": ["buergerdienste"],
        "tags": "",
        "phase": "2",
        "status": "betrieb",
        "transferability": "4",
        "body-count": "0",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "1000",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
        **overrides,
    }
    return form_class(data, instance=CaseStudyPage(), parent_page=index, for_user=None)


def test_the_cms_form_accepts_a_complete_case_study(index, kommune):
    form = _admin_form(index, kommune)
    assert form.is_valid(), form.errors


def test_a_case_study_needs_at_least_one_kommune(index, kommune):
    form = _admin_form(index, kommune, kommunen=[])
    assert not form.is_valid()
    assert "kommunen" in form.errors


def test_a_case_study_needs_at_least_one_handlungsfeld(index, kommune):
    form = _admin_form(index, kommune, handlungsfelder=[])
    assert not form.is_valid()
    assert "handlungsfelder" in form.errors


def test_the_end_may_not_lie_before_the_start(index, kommune):
    page = create_case_study(index, kommunen=[kommune])
    page.start_date, page.end_date = date(2024, 5, 1), date(2024, 4, 30)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "end_date" in error.value.message_dict


def test_transferability_is_between_one_and_five(index, kommune):
    page = create_case_study(index, kommunen=[kommune])
    page.transferability = 6
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "transferability" in error.value.message_dict


def test_missing_sections_follow_the_order_of_the_use_case_questions(index, kommune):
    page = create_case_study(
        index, kommunen=[kommune], ist_situation="<p>Papier.</p>", nutzen="<p> </p>"
    )
    assert [name for name, _label in page.missing_sections()] == [
        name for name, _label in SECTIONS if name != "ist_situation"
    ]
