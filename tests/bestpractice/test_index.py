"""The case study index: filters with counts, sorting, pagination, htmx and query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext as _

from bestpractice.factories import FoerderprogrammFactory, create_case_study
from bestpractice.index_page import PAGE_SIZE
from bestpractice.models import Bookmark, Rating
from bestpractice.queries import filter_case_studies, published_case_studies, sort_case_studies
from core.factories import UserFactory
from network.factories import KommuneFactory
from tests.helpers import htmx_get, results_fragment

pytestmark = pytest.mark.django_db


def counts(facets, name) -> dict[str, int]:
    facet = next(facet for facet in facets if facet.name == name)
    return {option.value: option.count for option in facet.options}


@pytest.fixture
def library(index, kommune, other_kommune):
    """Musterstadt (Brandenburg, 12.000) and Andersdorf (Schleswig-Holstein, 12.000), plus a
    big city in Bayern."""
    grossstadt = KommuneFactory(name="Großstadt", ags="09162999", population=400_000)
    programme = FoerderprogrammFactory(name="Digitale Modellregion")
    return {
        "ki_bb": create_case_study(
            index,
            kommunen=[kommune],
            handlungsfelder=["ki"],
            status="pilot",
            phase=2,
            cost_one_off=8_000,
            tags=["Chatbot"],
        ),
        "ki_sh": create_case_study(
            index,
            kommunen=[other_kommune],
            handlungsfelder=["ki", "organisation"],
            status="betrieb",
            phase=3,
            cost_one_off=30_000,
            foerderprogramm=programme,
        ),
        "mobil_by": create_case_study(
            index,
            kommunen=[grossstadt],
            handlungsfelder=["mobilitaet"],
            status="betrieb",
            phase=4,
            cost_one_off=None,
            tags=["Chatbot"],
        ),
        "joint": create_case_study(
            index,
            kommunen=[kommune, grossstadt],
            handlungsfelder=["mobilitaet"],
            status="idee",
            phase=2,
            cost_one_off=300_000,
        ),
        "programme": programme,
    }


def test_a_filter_narrows_the_list(library):
    queryset, _facets = filter_case_studies(published_case_studies(), {"handlungsfeld": "ki"})
    assert set(queryset) == {library["ki_bb"], library["ki_sh"]}


def test_facets_count_with_the_other_filters_applied(library):
    _queryset, facets = filter_case_studies(
        published_case_studies(), {"handlungsfeld": "ki", "status": "betrieb"}
    )
    # Handlungsfeld counts ignore the Handlungsfeld filter but keep "im Betrieb".
    assert counts(facets, "handlungsfeld")["ki"] == 1
    assert counts(facets, "handlungsfeld")["mobilitaet"] == 1
    assert counts(facets, "handlungsfeld")["organisation"] == 1
    # Status counts ignore the status filter but keep the Handlungsfeld "KI".
    assert counts(facets, "status") == {"idee": 0, "pilot": 1, "betrieb": 1, "eingestellt": 0}
    assert counts(facets, "land")["01"] == 1 and counts(facets, "land")["12"] == 0


def test_a_joint_case_study_counts_once_per_land_of_its_kommunen(library):
    _queryset, facets = filter_case_studies(published_case_studies(), {})
    assert counts(facets, "land")["12"] == 2  # ki_bb and the joint project
    assert counts(facets, "land")["09"] == 2  # mobil_by and the joint project
    assert counts(facets, "groesse")["5k-20k"] == 3


def test_land_and_size_class_must_hold_for_the_same_kommune(library):
    queryset, facets = filter_case_studies(
        published_case_studies(), {"land": "12", "groesse": "gt100k"}
    )
    assert list(queryset) == []
    assert counts(facets, "groesse")["gt100k"] == 0
    assert counts(facets, "groesse")["5k-20k"] == 2


def test_cost_ranges_and_the_unknown_cost(library):
    _queryset, facets = filter_case_studies(published_case_studies(), {})
    assert counts(facets, "kosten") == {
        "bis-10000": 1,
        "10000-50000": 1,
        "50000-250000": 0,
        "ueber-250000": 1,
        "ohne-angabe": 1,
    }
    queryset, _facets = filter_case_studies(published_case_studies(), {"kosten": "ohne-angabe"})
    assert list(queryset) == [library["mobil_by"]]


def test_tags_phase_and_programme_filter(library):
    by_tag, facets = filter_case_studies(published_case_studies(), {"tag": "chatbot"})
    assert set(by_tag) == {library["ki_bb"], library["mobil_by"]}
    assert counts(facets, "tag") == {"chatbot": 2}
    by_phase, _ = filter_case_studies(published_case_studies(), {"phase": "2"})
    assert set(by_phase) == {library["ki_bb"], library["joint"]}
    by_programme, facets = filter_case_studies(
        published_case_studies(), {"foerderprogramm": str(library["programme"].pk)}
    )
    assert list(by_programme) == [library["ki_sh"]]
    assert counts(facets, "foerderprogramm") == {str(library["programme"].pk): 1}


def test_invalid_filter_values_are_ignored(library):
    queryset, _facets = filter_case_studies(
        published_case_studies(), {"land": "99", "phase": "x", "kosten": "viel", "status": "<b>"}
    )
    assert queryset.count() == 4


def test_drafts_are_not_listed(index, kommune, client):
    draft = create_case_study(index, kommunen=[kommune], live=False, title="Geheimer Entwurf")
    response = client.get(index.url)
    assert draft.title not in response.content.decode()


def test_the_page_shows_filters_with_counts_and_keeps_the_selection(library, index, client):
    response = client.get(index.url, {"land": "12"})
    html = response.content.decode()
    assert library["ki_bb"].title in html and library["joint"].title in html
    assert library["ki_sh"].title not in html
    assert '<option value="12" selected>Brandenburg (2)</option>' in html
    assert (
        _("%(count)s Praxisbeispiele gefunden") % {"count": 2} in html
        or "2 Praxisbeispiele gefunden" in html
    )


def test_htmx_gets_the_list_with_the_new_count_for_the_live_region(library, index, client):
    response = htmx_get(client, index.url, "case-study-results", {"status": "betrieb"})
    html = results_fragment(response)
    assert library["ki_sh"].title in html and library["ki_bb"].title not in html


def test_sorting_by_bookmarks_and_by_rating(library, index):
    people = [UserFactory() for _ in range(3)]
    for person in people:
        Bookmark.objects.create(user=person, case_study=library["mobil_by"])
    Bookmark.objects.create(user=people[0], case_study=library["ki_sh"])
    Rating.objects.create(user=people[0], case_study=library["ki_bb"], usefulness=5)
    Rating.objects.create(user=people[1], case_study=library["ki_sh"], usefulness=3)
    Rating.objects.create(user=people[2], case_study=library["ki_sh"], usefulness=4)

    by_bookmarks = list(sort_case_studies(published_case_studies(), "merkliste"))
    assert by_bookmarks[:2] == [library["mobil_by"], library["ki_sh"]]
    by_rating = list(sort_case_studies(published_case_studies(), "bewertung"))
    assert by_rating[:2] == [library["ki_bb"], library["ki_sh"]]  # 5.0 before 3.5
    assert by_rating[-1] in (library["mobil_by"], library["joint"])  # unrated last
    newest = list(sort_case_studies(published_case_studies(), "neueste"))
    assert newest[0] == library["ki_bb"]  # the factory publishes later ones further back


def test_pagination_keeps_the_filters_in_the_links(index, kommune, client):
    for _number in range(PAGE_SIZE + 1):
        create_case_study(index, kommunen=[kommune], status="pilot")
    first = client.get(index.url, {"status": "pilot"}).content.decode()
    assert "?status=pilot&amp;seite=2" in first
    second = client.get(index.url, {"status": "pilot", "seite": "2"}).content.decode()
    assert second.count('class="kern-link" href="/praxisbeispiele/praxisbeispiel-') == 1


def test_the_map_data_lists_kommunen_with_coordinates_and_links(index, client):
    from decimal import Decimal

    located = KommuneFactory(
        name="Mit Koordinaten", latitude=Decimal("52.4"), longitude=Decimal("13.1")
    )
    unlocated = KommuneFactory(name="Ohne Koordinaten")
    case_study = create_case_study(index, kommunen=[located, unlocated])
    response = client.get(index.url)
    points = response.context["map_points"]
    assert points == [
        {
            "kommune": "Mit Koordinaten",
            "lat": 52.4,
            "lon": 13.1,
            "case_studies": [{"title": case_study.title, "url": case_study.url}],
        }
    ]
    assert 'id="case-study-map-data"' in response.content.decode()


def _index_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert (
            client.get(url, {"handlungsfeld": "ki", "sortierung": "bewertung"}).status_code == 200
        )
    return len(queries)


def test_index_query_count_does_not_grow_with_the_data(
    index, kommune, other_kommune, client, django_assert_num_queries, settings
):
    settings.PAGE_CACHE_ENABLED = False  # count the rendering, not a cache hit
    for number in range(10):
        create_case_study(index, kommunen=[kommune, other_kommune], tags=[f"tag{number}"])
    _index_queries(client, index.url)  # the first request fills per-process caches (site root)
    small = _index_queries(client, index.url)
    for number in range(190):
        create_case_study(index, kommunen=[kommune], tags=[f"tag{number % 7}"])
    with django_assert_num_queries(small):
        client.get(index.url, {"handlungsfeld": "ki", "sortierung": "bewertung"})
