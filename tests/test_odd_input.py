"""The odd inputs that answered 500, one test each: the generated attack in
tests/test_hostile_input.py found them, these say what the portal does instead."""

import pytest
from django.test import RequestFactory

from bestpractice.factories import FoerderprogrammFactory, case_study_index, create_case_study
from bestpractice.forms import SubmissionForm
from core.redirects import safe_next
from learning.forms import IssueForm, ReportFilterForm
from network.models import Kommune

THIRTY_DIGITS = "9" * 30
INDEX = "/praxisbeispiele/"
API = "/api/praxisbeispiele/"


@pytest.fixture
def case_study(db, kommune):
    return create_case_study(
        case_study_index(),
        kommunen=[kommune],
        tags=["open-data"],
        phase=2,
        foerderprogramm=FoerderprogrammFactory(),
    )


def titles(response) -> list[str]:
    return [page.title for page in response.context["results"]]


@pytest.mark.parametrize("parameter", ["phase", "foerderprogramm"])
def test_a_superscript_digit_drops_the_filter(client, case_study, parameter):
    response = client.get(INDEX, {parameter: "²"})
    assert response.status_code == 200
    assert titles(response) == [case_study.title]
    assert client.get(API, {parameter: "²"}).json()["count"] == 1


@pytest.mark.parametrize("value", ["\x00", "open\x00data", "x" * 101])
def test_a_tag_with_a_nul_or_too_long_drops_the_filter(client, case_study, value):
    response = client.get(INDEX, {"tag": value})
    assert response.status_code == 200
    assert titles(response) == [case_study.title]
    assert client.get(API, {"tag": value}).status_code == 200


def test_a_tag_still_filters(client, case_study):
    assert titles(client.get(INDEX, {"tag": "open-data"})) == [case_study.title]
    assert titles(client.get(INDEX, {"tag": "anderes"})) == []


def test_compare_ids_ignore_superscripts_and_huge_numbers(client, case_study):
    response = client.get("/praxisbeispiele/vergleich/", {"ids": f"²,{THIRTY_DIGITS},-1"})
    assert response.status_code == 200
    assert response.context["comparison"].case_studies == []


@pytest.mark.parametrize(
    "target",
    ["42", "-1", "²", "9" * 30, "kommunen/", "/kommunen/\x00", "/a\nb", "//boese.example/"],
)
def test_next_must_be_a_path_of_this_site(target):
    request = RequestFactory().post("/", {"next": target})
    assert safe_next(request, "/zurueck/") == "/zurueck/"


def test_next_to_a_page_of_this_site_is_kept():
    request = RequestFactory().post("/", {"next": "/kommunen/?seite=2"})
    assert safe_next(request, "/zurueck/") == "/kommunen/?seite=2"


def test_a_course_id_beyond_64_bits_is_no_course(db):
    assert ReportFilterForm({"kurs": THIRTY_DIGITS}).course() is None
    form = IssueForm({"course": THIRTY_DIGITS, "kind": "teilnahme"})
    assert not form.is_valid()
    assert "course" in form.errors


def test_a_kommune_id_beyond_64_bits_is_refused_in_the_submission(db, kommune):
    form = SubmissionForm({"kommunen": [THIRTY_DIGITS]}, kommunen=Kommune.objects.all())
    assert not form.is_valid()
    assert "kommunen" in form.errors
