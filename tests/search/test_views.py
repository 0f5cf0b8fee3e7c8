"""The search page, the suggestions and the header field."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from search.backends import get_backend
from search.registry import MEMBERS
from tests.helpers import RolePeople, give_totp, htmx_get, login_as, results_fragment
from tests.search.conftest import entry
from tests.search.test_contract import HOSTILE_QUERIES

pytestmark = pytest.mark.django_db
URL = "/suche/"


@pytest.fixture
def indexed(test_types):
    get_backend().clear()
    get_backend().index(
        [
            entry(
                1,
                "Förderung für Glasfaser",
                teaser="Wie Kommunen Fördermittel <b>beantragen</b>",
                laender=("09",),
                handlungsfelder=("stadtplanung",),
                phases=(2,),
            ),
            entry(2, "Glasfaser im Landkreis", laender=("12",), type="kurs"),
            entry(3, "Interne Glasfaser-Planung", audience=(MEMBERS,), laender=("05",)),
        ]
    )


def _login(client, people, role):
    user = getattr(people, role)
    if user is not None and role in ("redaktion", "netzwerkkoordination"):
        give_totp(user)
    login_as(client, user)
    return user


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_everyone_may_search_and_sees_what_they_may(client, people, indexed, role):
    _login(client, people, role)
    response = client.get(URL, {"q": "Glasfaser"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Förderung für Glasfaser" in content
    assert ("Interne Glasfaser-Planung" in content) == (role != "besucher")


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_everyone_may_use_the_suggestions(client, people, indexed, role):
    _login(client, people, role)
    response = client.get(reverse("search:suggestions"), {"q": "glas"})
    assert response.status_code == 200
    content = response.content.decode()
    assert 'role="option"' in content and "Glasfaser im Landkreis" in content
    assert ("Interne Glasfaser-Planung" in content) == (role != "besucher")


def test_results_page(client, indexed):
    content = client.get(URL, {"q": "Förderung"}).content.decode()
    assert "<mark>Förderung</mark>" in content or "<mark>Fördermittel</mark>" in content
    assert "&lt;b&gt;beantragen" in content and "<b>beantragen" not in content
    assert 'role="status"' in content and "1 Treffer" in content
    assert 'name="land" value="09"' in content
    assert 'Bayern <span class="search-facet__count">(1)</span>' in content
    assert 'href="/test/artikel/1/"' in content


def test_facet_filter_in_the_url(client, indexed):
    content = client.get(URL, {"q": "Glasfaser", "land": "12"}).content.decode()
    assert "Glasfaser im Landkreis" in content
    assert "Förderung für Glasfaser" not in content
    assert 'value="12" checked' in content


def test_htmx_gets_the_fragment_with_the_count(client, indexed):
    response = htmx_get(client, URL, "search-results", {"q": "Glasfaser"})
    assert "2 Treffer" in results_fragment(response)


def test_empty_state_suggests_searches(client, indexed):
    content = client.get(URL).content.decode()
    assert _("Wonach suchen Sie?") in content
    assert "?q=F%C3%B6rdermittel" in content
    assert 'href="/kommunen/"' in content


def test_no_results_give_tips(client, indexed):
    content = client.get(URL, {"q": "Zeppelinlandeplatz"}).content.decode()
    assert _("Nichts gefunden") in content
    assert "0 Treffer" in content
    assert 'href="/kommunen/"' in content


def test_typo_shows_corrected_results(client, indexed):
    content = client.get(URL, {"q": "Glasfasr"}).content.decode()
    assert "Förderung für Glasfaser" in content
    assert "glasfaser" in content.casefold()


def test_pagination_links_keep_the_state(client, test_types):
    get_backend().index([entry(n, f"Bürgerportal {n}", laender=("09",)) for n in range(1, 16)])
    content = client.get(URL, {"q": "Bürgerportal", "land": "09"}).content.decode()
    assert "q=B%C3%BCrgerportal&amp;land=09&amp;seite=2" in content
    second = client.get(URL, {"q": "Bürgerportal", "land": "09", "seite": "2"})
    assert 'start="11"' in second.content.decode()


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_queries_give_a_page(client, indexed, query):
    response = client.get(URL, {"q": query, "land": query[:30], "seite": query[:10] or "x"})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()
    assert client.get(reverse("search:suggestions"), {"q": query}).status_code == 200


@pytest.mark.parametrize("page", ["0", "-5", "abc", "99999999999999999999", "1.5"])
def test_odd_page_numbers(client, indexed, page):
    assert client.get(URL, {"q": "Glasfaser", "seite": page}).status_code == 200


def _fill(count):
    get_backend().index(
        [
            entry(
                n,
                f"Glasfaser {n}",
                laender=("09",),
                handlungsfelder=("ki",),
                phases=(2,),
                type="kurs" if n % 2 else "artikel",
            )
            for n in range(100, 100 + count)
        ]
    )


@pytest.mark.parametrize("query", ["Glasfaser", "Glasfasr", ""])
def test_query_count_does_not_grow_with_the_data(
    client, test_types, query, django_assert_num_queries
):
    _fill(3)
    client.get(URL, {"q": query})  # warm-up: vocabulary, sessions
    queries = _count_queries(client, query)
    # Facets, total and hits in two queries, plus the typo check and its correction.
    assert queries <= 8
    with django_assert_num_queries(queries):
        client.get(URL, {"q": query, "land": "09"})
    _fill(40)
    client.get(URL, {"q": query})  # the changed index makes SQLite reload its vocabulary once
    with django_assert_num_queries(queries):
        client.get(URL, {"q": query, "land": "09"})


def _count_queries(client, query) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        client.get(URL, {"q": query, "land": "09"})
    return len(context.captured_queries)


def test_header_has_the_search_field_on_every_page(client, kommune):
    for path in ["/", "/kommunen/", kommune.get_absolute_url(), URL]:
        content = client.get(path).content.decode()
        assert 'role="search"' in content, path
        assert 'id="site-search-q"' in content and 'for="site-search-q"' in content
        assert 'role="combobox"' in content and 'aria-controls="site-search-listbox"' in content
        assert 'href="/suche/"' in content  # the area in the main navigation
