"""The contract every search backend fulfils: the database backend on SQLite and PostgreSQL
(run the suite again with DATABASE_URL pointing at PostgreSQL), Elasticsearch whenever
ELASTICSEARCH_URL points at a reachable cluster."""

from datetime import UTC, datetime

import pytest

from search.registry import MEMBERS, PUBLIC
from tests.search.conftest import entry

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "",
    "   ",
    "x" * 10_240,
    "Förderung " * 1_000,
    "AND OR NOT",
    "& | !",
    "&&||!!",
    '"',
    '"Förderung',
    "*",
    "***",
    ":",
    "title:Förderung",
    "(",
    ")(",
    "'); DROP TABLE search_indexentry; --",
    "' OR 1=1 --",
    "Förderung~2 AND title:(Breitband OR OZG)^5",
    "field:[a TO z] /regex.*/",
    "a\x00b",
    "\x00",
    "🚀 Digitalisierung 🎉",
    "🙈",
    "<script>alert(1)</script>",
    "%_\\",
    "-Förderung",
    "NEAR(a b)",
    "förderung:* & !x",
]


def keys(results) -> list[str]:
    return [hit.key for hit in results.hits]


def test_stemming_finds_other_word_forms(backend):
    backend.index(
        [
            entry(1, "Förderung der Digitalisierung in Schulen"),
            entry(2, "Glasfaser für alle", body="Der Ausbau wurde vom Land gefördert."),
            entry(3, "Fördermittel richtig beantragen"),
            entry(4, "Radwege planen mit Bürgerbeteiligung"),
        ]
    )
    found = keys(backend.search("Förderung", None))
    assert set(found) == {"artikel:1", "artikel:2", "artikel:3"}


def test_plural_and_inflection(backend):
    backend.index([entry(1, "Digitale Verwaltungen im ländlichen Raum")])
    assert keys(backend.search("Verwaltung", None)) == ["artikel:1"]
    assert keys(backend.search("digital", None)) == ["artikel:1"]


@pytest.mark.parametrize("query", ["Strasse", "Straße", "STRASSE", "strasse"])
def test_folding_sharp_s(backend, query):
    backend.index([entry(1, "Digitale Verkehrszählung an der Hauptstraße")])
    backend.index([entry(2, "Straße der Digitalisierung")])
    assert "artikel:2" in keys(backend.search(query, None))


@pytest.mark.parametrize("query", ["München", "Munchen", "Muenchen", "münchen"])
def test_folding_umlauts(backend, query):
    backend.index([entry(1, "Open Data in München"), entry(2, "Open Data in Hamburg")])
    assert keys(backend.search(query, None)) == ["artikel:1"]


def test_typo_is_forgiven_and_corrected(backend):
    backend.index(
        [
            entry(1, "Digitalisierung der Bauaufsicht"),
            entry(2, "Radwege planen"),
        ]
    )
    results = backend.search("Digitalisirung", None)
    assert keys(results) == ["artikel:1"]
    assert results.suggestion.casefold() == "digitalisierung"


def test_title_hit_ranks_above_body_hit(backend):
    backend.index(
        [
            entry(1, "Smarte Straßenbeleuchtung", body="Auch der Breitbandausbau profitiert."),
            entry(2, "Breitbandausbau im Landkreis", body="Ein Bericht."),
            entry(3, "Wärmeplanung", teaser="Breitbandausbau als Grundlage"),
        ]
    )
    assert keys(backend.search("Breitbandausbau", None)) == [
        "artikel:2",
        "artikel:3",
        "artikel:1",
    ]


def test_all_words_must_match(backend):
    backend.index(
        [
            entry(1, "Breitband in Brandenburg"),
            entry(2, "Breitband in Bayern"),
        ]
    )
    assert keys(backend.search("Breitband Brandenburg", None)) == ["artikel:1"]


def _facet_counts(results, name) -> dict[str, int]:
    return {value.value: value.count for value in results.facets[name]}


def _facet_data(backend):
    backend.index(
        [
            entry(
                1,
                "Sensoren gegen Hochwasser",
                laender=("09",),
                phases=(2,),
                handlungsfelder=("sicherheit", "nachhaltigkeit"),
            ),
            entry(
                2,
                "Sensoren im Stadtpark",
                laender=("09",),
                phases=(3,),
                handlungsfelder=("nachhaltigkeit",),
            ),
            entry(
                3,
                "Sensoren an Brücken",
                laender=("05",),
                phases=(3,),
                handlungsfelder=("stadtplanung",),
                type="kurs",
            ),
            entry(
                4,
                "Sensoren für Schulen",
                laender=("12", "09"),
                phases=(4,),
                handlungsfelder=("bildung",),
                type="kurs",
            ),
            entry(5, "Radwege", laender=("09",), phases=(1,), handlungsfelder=("mobilitaet",)),
        ]
    )


def test_facets_count_the_matching_entries(backend):
    _facet_data(backend)
    results = backend.search("Sensoren", None)
    assert results.total == 4
    assert _facet_counts(results, "typ") == {"artikel": 2, "kurs": 2}
    assert _facet_counts(results, "land") == {"05": 1, "09": 3, "12": 1}
    assert _facet_counts(results, "phase") == {"2": 1, "3": 2, "4": 1}
    assert _facet_counts(results, "handlungsfeld") == {
        "sicherheit": 1,
        "nachhaltigkeit": 2,
        "stadtplanung": 1,
        "bildung": 1,
    }


def test_filters_narrow_hits_and_other_facets(backend):
    _facet_data(backend)
    results = backend.search("Sensoren", None, {"land": ["09"]})
    assert sorted(keys(results)) == ["artikel:1", "artikel:2", "kurs:4"]
    assert results.total == 3
    # The chosen facet keeps counting without its own selection: ticking Land 05 as well
    # would add one hit.
    assert _facet_counts(results, "land") == {"05": 1, "09": 3, "12": 1}
    assert _facet_counts(results, "typ") == {"artikel": 2, "kurs": 1}
    assert _facet_counts(results, "phase") == {"2": 1, "3": 1, "4": 1}
    assert [v.value for v in results.facets["land"] if v.selected] == ["09"]


def test_values_of_one_facet_combine_with_or_facets_with_and(backend):
    _facet_data(backend)
    results = backend.search("Sensoren", None, {"phase": ["2", "4"], "typ": ["kurs"]})
    assert keys(results) == ["kurs:4"]
    either = backend.search("Sensoren", None, {"phase": ["2", "4"]})
    assert sorted(keys(either)) == ["artikel:1", "kurs:4"]


def test_unknown_filter_values_are_ignored(backend):
    _facet_data(backend)
    results = backend.search("Sensoren", None, {"land": ["99", "'; --"], "unbekannt": ["x"]})
    assert results.total == 4


def test_filters_without_words_list_newest_first(backend):
    backend.index(
        [
            entry(1, "Alt", laender=("09",), date=datetime(2024, 1, 1, tzinfo=UTC)),
            entry(2, "Neu", laender=("09",), date=datetime(2025, 1, 1, tzinfo=UTC)),
            entry(3, "Anderswo", laender=("05",), date=datetime(2026, 1, 1, tzinfo=UTC)),
        ]
    )
    assert keys(backend.search("", None, {"land": ["09"]})) == ["artikel:2", "artikel:1"]


def test_pagination(backend):
    backend.index([entry(n, f"Bürgerportal Nummer {n}") for n in range(1, 26)])
    pages = [backend.search("Bürgerportal", None, page=page) for page in (1, 2, 3)]
    assert [len(page.hits) for page in pages] == [10, 10, 5]
    assert all(page.total == 25 for page in pages)
    assert pages[0].num_pages == 3 and pages[2].has_previous and not pages[2].has_next
    seen = [key for page in pages for key in keys(page)]
    assert len(set(seen)) == 25
    assert backend.search("Bürgerportal", None, page=9).hits == []


def test_hits_carry_type_title_url_date_and_a_highlighted_escaped_snippet(backend):
    date = datetime(2025, 3, 1, 12, tzinfo=UTC)
    backend.index(
        [
            entry(
                1,
                "Chatbot im Bürgerbüro",
                teaser="Ein Chatbot <b>beantwortet</b> Fragen zur Förderung & mehr.",
                date=date,
            )
        ]
    )
    hit = backend.search("Förderung", None).hits[0]
    assert (hit.type, hit.type_label, hit.title, hit.url) == (
        "artikel",
        "Artikel",
        "Chatbot im Bürgerbüro",
        "/test/artikel/1/",
    )
    assert hit.date == date
    assert hit.score > 0
    assert "<mark>Förderung</mark>" in hit.snippet
    assert "<b>" not in hit.snippet and "&lt;b&gt;" in hit.snippet
    assert "&amp;" in hit.snippet


def test_removed_and_reindexed_entries(backend):
    backend.index([entry(1, "Digitale Bauakte")])
    backend.index([entry(1, "Elektronische Aktenführung")])
    assert keys(backend.search("Bauakte", None)) == []
    assert keys(backend.search("Aktenführung", None)) == ["artikel:1"]
    backend.remove(["artikel:1"])
    assert keys(backend.search("Aktenführung", None)) == []


def test_autocomplete_from_titles_and_tags(backend):
    backend.index(
        [
            entry(1, "Digitalisierung im Bauamt", tags=("Digitallotsen",)),
            entry(2, "Ein digitaler Zwilling der Stadt"),
            entry(3, "Radwege"),
        ]
    )
    labels = [s.label for s in backend.autocomplete("digi", None)]
    assert "Digitalisierung im Bauamt" in labels
    assert "Ein digitaler Zwilling der Stadt" in labels
    assert "Digitallotsen" in labels
    assert "Radwege" not in labels
    assert backend.autocomplete("d", None) == []


def _restricted_data(backend):
    backend.index(
        [
            entry(1, "Glasfaser öffentlich", laender=("09",), tags=("Glasfaserprojekt",)),
            entry(
                2,
                "Glasfaser intern",
                laender=("05",),
                audience=(MEMBERS,),
                tags=("Glasfaserplanung",),
            ),
            entry(3, "Glasfaser in der Gruppe", laender=("12",), audience=("group:7",)),
            entry(4, "Geheimprojekt Quantenverwaltung", audience=(MEMBERS,)),
        ]
    )


def test_visitors_see_public_entries_only(backend):
    _restricted_data(backend)
    results = backend.search("Glasfaser", None)
    assert keys(results) == ["artikel:1"]
    assert results.total == 1
    assert _facet_counts(results, "land") == {"09": 1}
    assert _facet_counts(results, "typ") == {"artikel": 1}


def test_members_see_members_entries_but_not_other_groups(backend, people):
    _restricted_data(backend)
    results = backend.search("Glasfaser", people.mitglied)
    assert sorted(keys(results)) == ["artikel:1", "artikel:2"]
    assert _facet_counts(results, "land") == {"05": 1, "09": 1}


def test_restricted_entries_stay_out_of_autocomplete(backend, people):
    _restricted_data(backend)
    assert [s.label for s in backend.autocomplete("glasfaser", None)] == [
        "Glasfaser öffentlich",
        "Glasfaserprojekt",
    ]
    member_labels = [s.label for s in backend.autocomplete("glasfaser", people.mitglied)]
    assert "Glasfaser intern" in member_labels and "Glasfaserplanung" in member_labels
    assert "Glasfaser in der Gruppe" not in member_labels
    assert backend.autocomplete("geheim", None) == []


def test_restricted_words_are_never_suggested(backend, people):
    _restricted_data(backend)
    results = backend.search("Geheimprojeckt", None)
    assert (results.hits, results.total, results.suggestion) == ([], 0, "")
    member = backend.search("Geheimprojeckt", people.mitglied)
    assert keys(member) == ["artikel:4"]


def test_rebuild_indexes_registered_types(backend, kommune):
    backend.index([entry(1, "Verwaiste Musterstadt-Seite")])
    count = backend.rebuild()
    assert count >= 1
    assert keys(backend.search("Musterstadt", None)) == [f"kommune:{kommune.pk}"]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_queries_never_fail(backend, query):
    backend.index([entry(1, "Förderung für Breitband und OZG")])
    results = backend.search(query, None, {"land": [query[:20]]}, page=1)
    assert results.total >= 0
    assert isinstance(backend.autocomplete(query, None), list)
    for hit in results.hits:
        assert "<script>" not in hit.snippet


def test_stopword_only_query_finds_nothing_without_error(backend):
    backend.index([entry(1, "Die Stadt und das Land")])
    assert backend.search("und der die das", None).total == 0


def test_audience_defaults_to_public():
    from search.registry import SearchEntry

    assert SearchEntry(type="x", pk="1", title="t", url="/").audience == frozenset({PUBLIC})
