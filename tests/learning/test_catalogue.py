import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning import factories
from learning.models import CourseIndexPage
from tests.helpers import htmx_get, results_fragment

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(db):
    index = factories.course_index()
    factories.course(index, "OZG-Grundlagen", phases=[1], level="einsteiger", duration_minutes=45)
    factories.course(
        index,
        "Digitalisierungsstrategie",
        handlungsfelder=["organisation", "beteiligung"],
        phases=[3],
        level="fortgeschritten",
        duration_minutes=150,
    )
    factories.course(
        index,
        "Informationssicherheit",
        handlungsfelder=["informationssicherheit"],
        phases=[1, 2, 3, 4],
        level="einsteiger",
        duration_minutes=240,
    )
    factories.course(index, "Entwurf", live=False)
    return CourseIndexPage.objects.get()


def titles(response) -> list[str]:
    return [c.title for c in response.context["page_obj"].object_list]


def test_lists_live_courses_only(client, catalogue):
    response = client.get(catalogue.url)
    assert titles(response) == [
        "Digitalisierungsstrategie",
        "Informationssicherheit",
        "OZG-Grundlagen",
    ]
    assert "3 Kurse gefunden" in response.content.decode()


@pytest.mark.parametrize(
    "query,expected",
    [
        ("handlungsfeld=beteiligung", ["Digitalisierungsstrategie"]),
        ("phase=3", ["Digitalisierungsstrategie", "Informationssicherheit"]),
        ("level=einsteiger", ["Informationssicherheit", "OZG-Grundlagen"]),
        ("dauer=kurz", ["OZG-Grundlagen"]),
        ("dauer=mittel", ["Digitalisierungsstrategie"]),
        ("dauer=lang", ["Informationssicherheit"]),
        ("phase=1&level=einsteiger&dauer=lang", ["Informationssicherheit"]),
    ],
)
def test_filters(client, catalogue, query, expected):
    assert titles(client.get(f"{catalogue.url}?{query}")) == expected


def test_a_course_in_several_phases_appears_once(client, catalogue):
    assert titles(client.get(f"{catalogue.url}?phase=1")).count("Informationssicherheit") == 1


def test_an_invalid_filter_is_ignored(client, catalogue):
    response = client.get(f"{catalogue.url}?phase=9&level=einsteiger")
    assert response.status_code == 200
    assert titles(response) == ["Informationssicherheit", "OZG-Grundlagen"]


def test_htmx_gets_the_list_and_the_count_for_the_live_region(client, catalogue):
    response = htmx_get(client, catalogue.url, "course-results", {"phase": 3})
    assert "2 Kurse gefunden" in results_fragment(response)


def test_page_without_javascript_keeps_the_filters_in_the_url(client, catalogue):
    content = client.get(f"{catalogue.url}?phase=3").content.decode()
    assert 'role="status"' in content and 'aria-live="polite"' in content
    assert '<option value="3" selected>' in content


def _count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_courses(client, people, catalogue):
    from tests.helpers import login_as

    login_as(client, people.mitglied)
    url = catalogue.url
    client.get(url)  # warm the site root cache
    few = _count_queries(client, url)
    for n in range(9):
        factories.course(
            catalogue, f"Kurs {n}", handlungsfelder=["ki", "mobilitaet"], phases=[2, 4]
        )
    assert _count_queries(client, url) == few
