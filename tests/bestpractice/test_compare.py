"""Two or three case studies side by side, section by section."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from bestpractice import engagement
from bestpractice.factories import create_case_study
from bestpractice.models import SECTIONS
from tests.helpers import RolePeople, login_as

COMPARE_URL = "/praxisbeispiele/vergleich/"


@pytest.fixture
def four(index, kommune):
    return [
        create_case_study(
            index,
            kommunen=[kommune],
            title=f"Vorhaben {letter}",
            soll_prozess=f"<p>Soll {letter}</p>",
            cost_one_off=12_500 * number,
        )
        for number, letter in enumerate("ABCD", start=1)
    ]


def ids(*pages) -> str:
    return ",".join(str(page.pk) for page in pages)


@pytest.mark.parametrize("count", [2, 3])
def test_two_or_three_case_studies_side_by_side(client, four, count):
    chosen = four[:count]
    response = client.get(COMPARE_URL, {"ids": ids(*reversed(chosen))})
    assert response.status_code == 200
    assert [page.title for page in response.context["comparison"].case_studies] == [
        page.title for page in reversed(chosen)
    ]
    body = response.content.decode()
    for page in chosen:
        assert (
            f'<th scope="col"><a class="kern-link" href="{page.url}">{page.title}</a></th>' in body
        )
    for _name, label in SECTIONS:
        assert f'<th scope="row">{label}</th>' in body
    assert "<p>Soll A</p>" in body
    assert "12.500\xa0€" in body and "25.000\xa0€" in body


def test_one_case_study_is_not_a_comparison(client, four):
    response = client.get(COMPARE_URL, {"ids": ids(four[0])})
    assert response.status_code == 200
    assert response.context["comparison"].error == _(
        "Bitte wählen Sie mindestens zwei veröffentlichte Praxisbeispiele zum Vergleich."
    )
    assert "<table" not in response.content.decode()


def test_four_are_too_many(client, four):
    response = client.get(COMPARE_URL, {"ids": ids(*four)})
    assert _("Sie können höchstens drei Praxisbeispiele vergleichen.") in response.content.decode()
    assert "<table" not in response.content.decode()


def test_unpublished_case_studies_are_left_out_and_counted(client, four, index, kommune):
    draft = create_case_study(index, kommunen=[kommune], live=False, title="Geheimer Entwurf")
    response = client.get(COMPARE_URL, {"ids": ids(four[0], draft, four[1])})
    comparison = response.context["comparison"]
    assert [page.title for page in comparison.case_studies] == ["Vorhaben A", "Vorhaben B"]
    assert comparison.missing == 1
    body = response.content.decode()
    assert "Geheimer Entwurf" not in body
    assert "nicht (mehr) veröffentlicht" in body


def test_only_an_unpublished_one_beside_a_published_one_is_no_comparison(
    client, four, index, kommune
):
    draft = create_case_study(index, kommunen=[kommune], live=False)
    response = client.get(COMPARE_URL, {"ids": ids(four[0], draft)})
    assert response.context["comparison"].error
    assert draft.title not in response.content.decode()


def test_ids_from_checkboxes_and_junk_are_understood(client, four):
    response = client.get(
        f"{COMPARE_URL}?ids={four[0].pk}&ids={four[1].pk}&ids=abc&ids={four[0].pk}"
    )
    assert [page.pk for page in response.context["comparison"].case_studies] == [
        four[0].pk,
        four[1].pk,
    ]


def test_the_selection_is_kept_in_the_session(client, four):
    for page in four[:2]:
        client.post(reverse("bestpractice:compare_toggle", args=[page.pk]), {"vergleichen": "ja"})
    response = client.get(COMPARE_URL)
    assert [page.pk for page in response.context["comparison"].case_studies] == [
        four[0].pk,
        four[1].pk,
    ]
    # A shareable address of the same comparison is offered.
    assert f"?ids={four[0].pk},{four[1].pk}" in response.content.decode()


def test_a_fourth_selection_is_refused_and_removing_frees_a_place(client, four):
    toggle = [reverse("bestpractice:compare_toggle", args=[page.pk]) for page in four]
    for address in toggle[:3]:
        client.post(address, {"vergleichen": "ja"})
    response = client.post(toggle[3], {"vergleichen": "ja"}, follow=True)
    assert "bereits drei Praxisbeispiele zum Vergleich ausgewählt" in response.content.decode()
    assert engagement.compare_selection(client.session) == [page.pk for page in four[:3]]
    client.post(toggle[0], {"vergleichen": "nein"})
    client.post(toggle[3], {"vergleichen": "ja"})
    assert engagement.compare_selection(client.session) == [page.pk for page in four[1:]]


def test_an_unpublished_case_study_cannot_be_selected(client, index, kommune):
    draft = create_case_study(index, kommunen=[kommune], live=False)
    response = client.post(reverse("bestpractice:compare_toggle", args=[draft.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_everybody_may_compare_published_case_studies(client, people, four, role):
    login_as(client, getattr(people, role))
    response = client.get(COMPARE_URL, {"ids": ids(*four[:2])})
    assert response.status_code == 200
    assert len(response.context["comparison"].case_studies) == 2


def test_the_comparison_needs_the_same_queries_for_two_and_three(client, four):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(COMPARE_URL, {"ids": ids(*four[:2])})
    with CaptureQueriesContext(connection) as two:
        client.get(COMPARE_URL, {"ids": ids(*four[:2])})
    with CaptureQueriesContext(connection) as three:
        client.get(COMPARE_URL, {"ids": ids(*four[:3])})
    assert len(two) == len(three)
