"""Visitors get case study pages from the page cache, and every change that shows on them
makes the cached copies stale."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from bestpractice import engagement
from bestpractice.factories import FoerderprogrammFactory, create_case_study
from bestpractice.models import Rating
from core.page_cache import HEADER
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_study(index, kommune):
    return create_case_study(index, kommunen=[kommune], title="Digitale Bauakte")


def test_second_visitor_gets_the_index_from_the_cache_without_queries(
    client, index, case_study, django_assert_num_queries
):
    first = client.get(index.url)
    with django_assert_num_queries(0):
        second = client.get(index.url)
    assert first[HEADER] == "miss" and second[HEADER] == "hit"
    assert second.content == first.content


def test_htmx_list_and_full_page_are_cached_apart(client, index, case_study):
    client.get(index.url)
    fragment = client.get(index.url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="case-study-results")
    assert "<html" not in fragment.content.decode()


def test_publishing_a_case_study_shows_it_at_once(client, index, kommune, case_study):
    client.get(index.url)
    new = create_case_study(index, kommunen=[kommune], title="Smarte Parkplätze", live=False)
    new.save_revision().publish()
    assert "Smarte Parkplätze" in client.get(index.url).content.decode()


def test_unpublishing_removes_the_page_from_the_cache(client, index, case_study):
    assert client.get(case_study.url).status_code == 200
    case_study.unpublish()
    assert client.get(case_study.url).status_code == 404


def test_deleting_a_case_study_removes_it_from_the_index(client, index, case_study):
    client.get(index.url)
    Page.objects.get(pk=case_study.pk).delete()
    assert "Digitale Bauakte" not in client.get(index.url).content.decode()


def test_renaming_a_kommune_shows_on_the_detail_page(client, kommune, case_study):
    client.get(case_study.url)
    kommune.name = "Neustadt an der Musterau"
    kommune.save()
    assert "Neustadt an der Musterau" in client.get(case_study.url).content.decode()


@pytest.mark.parametrize("change", ["rating", "programme"])
def test_engagement_and_programmes_make_the_area_stale(client, index, case_study, people, change):
    client.get(index.url)
    if change == "rating":
        Rating.objects.create(user=people.mitglied, case_study=case_study, usefulness=5)
    else:
        FoerderprogrammFactory()
    assert client.get(index.url)[HEADER] == "miss"


def test_signed_in_members_are_never_served_from_the_cache(client, index, case_study, people):
    client.get(index.url)
    login_as(client, people.mitglied)
    response = client.get(index.url)
    assert HEADER not in response


def test_second_visitor_gets_the_detail_page_from_the_cache(client, case_study):
    first = client.get(case_study.url)
    second = client.get(case_study.url)
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert "csrftoken" not in first.cookies


def test_visitors_can_mark_a_case_study_for_comparison_without_a_token(case_study):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.get(case_study.url)
    response = strict.post(
        reverse("bestpractice:compare_toggle", args=[case_study.pk]), {"vergleichen": "ja"}
    )
    assert response.status_code == 302
    assert engagement.compare_selection(strict.session) == [case_study.pk]


def test_restricting_a_page_in_the_cms_takes_it_out_of_the_cache(client, case_study):
    from wagtail.models import PageViewRestriction

    client.get(case_study.url)
    PageViewRestriction.objects.create(page=case_study, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(case_study.url)
    assert response.status_code == 302


# --- what may make a new entry -----------------------------------------------------------------


def _index_parameters():
    from bestpractice.queries import FACETS
    from core.pagination import PAGE_PARAM

    return [spec.name for spec in FACETS] + ["sortierung", PAGE_PARAM]


@pytest.mark.parametrize("name", _index_parameters())
def test_every_parameter_the_index_reads_is_cached(client, index, case_study, name):
    """The index declares its parameters to the page cache; a new filter must be declared too."""
    client.get(f"{index.url}?{name}=1")
    assert client.get(f"{index.url}?{name}=1")[HEADER] == "hit"


def test_a_whole_page_never_lands_under_the_key_of_the_filtered_list(client, index, case_study):
    fragment_headers = {"HTTP_HX_TARGET": "case-study-results"}
    client.get(f"{index.url}?status=pilot", HTTP_HX_REQUEST="1", **fragment_headers)
    fragment = client.get(f"{index.url}?status=pilot", HTTP_HX_REQUEST="true", **fragment_headers)
    assert "<html" not in fragment.content.decode()


@pytest.mark.parametrize(
    "query, headers",
    [
        ("?utm_source=newsletter", {}),
        ("?status=pilot&zufall=1", {}),
        ("", {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "erfunden"}),
    ],
    ids=["unknown-parameter", "unknown-next-to-a-filter", "unknown-htmx-target"],
)
def test_invented_variants_of_the_index_are_served_but_not_stored(
    client, index, case_study, query, headers
):
    first = client.get(index.url + query, **headers)
    second = client.get(index.url + query, **headers)
    assert first.status_code == second.status_code == 200
    assert HEADER not in first and HEADER not in second


def test_the_case_study_page_is_cached_only_without_parameters(client, case_study):
    client.get(f"{case_study.url}?ref=suche")
    assert HEADER not in client.get(f"{case_study.url}?ref=suche")
