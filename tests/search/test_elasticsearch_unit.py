"""The Elasticsearch mapping and request bodies, checked without a cluster."""

from datetime import UTC, datetime

import pytest
from elasticsearch_dsl import Search

from search.backends.elasticsearch import (
    build_autocomplete,
    build_search,
    document_source,
    index_body,
    suggest_inputs,
)
from search.registry import MEMBERS, PUBLIC, SearchEntry


def test_german_analyzer_folds_and_stems():
    analysis = index_body()["settings"]["analysis"]
    german = analysis["analyzer"]["ndk_german"]
    assert german["tokenizer"] == "standard"
    assert german["filter"][:3] == ["lowercase", "german_normalization", "asciifolding"]
    stemmer = analysis["filter"][german["filter"][3]]
    assert stemmer == {"type": "stemmer", "language": "light_german"}
    assert "ndk_german_stemmer" not in analysis["analyzer"]["ndk_folded"]["filter"]


def test_mapping_fields():
    properties = index_body()["mappings"]["properties"]
    for field in ("title", "teaser", "tags", "body"):
        assert properties[field]["analyzer"] == "ndk_german"
        assert properties[field]["fields"]["folded"]["analyzer"] == "ndk_folded"
    for field in ("type", "handlungsfelder", "laender", "phases", "audience", "key"):
        assert properties[field]["type"] == "keyword"
    assert properties["date"]["type"] == "date"
    assert properties["url"]["index"] is False
    assert properties["suggest"]["type"] == "completion"
    assert properties["suggest"]["contexts"] == [
        {"name": "audience", "type": "category", "path": "audience"}
    ]


def _body(tokens=("forderung",), audience=frozenset({PUBLIC}), filters=None, page=1):
    return build_search(
        Search(index="ndk"), list(tokens), audience, filters or {}, page, " ".join(tokens)
    ).to_dict()


def test_query_boosts_and_fuzziness():
    word = _body()["query"]["bool"]["must"][0]["bool"]
    multi = word["should"][0]["multi_match"]
    assert multi["fields"] == ["title^3", "teaser^2", "tags^2", "body^1", "forms^1"]
    assert multi["fuzziness"] == "AUTO"
    prefixes = {k: v for c in word["should"][1:] for k, v in c["prefix"].items()}
    assert prefixes["title.folded"] == {"value": "forder", "boost": 1.5}
    assert word["minimum_should_match"] == 1


def test_every_word_must_match():
    assert len(_body(("breitband", "brandenburg"))["query"]["bool"]["must"]) == 2


def test_permission_filter_is_always_applied():
    body = _body(audience=frozenset({PUBLIC, MEMBERS}))
    assert body["query"]["bool"]["filter"] == [{"terms": {"audience": ["members", "public"]}}]
    filtered_only = build_search(Search(), [], frozenset({PUBLIC}), {"land": ["09"]}, 1).to_dict()
    assert filtered_only["query"]["bool"]["filter"] == [{"terms": {"audience": ["public"]}}]


def test_facet_aggregations_ignore_their_own_selection():
    body = _body(filters={"land": ["09"], "typ": ["kommune"]})
    aggs = body["aggs"]
    assert set(aggs) == {"typ", "handlungsfeld", "land", "phase"}
    assert aggs["land"]["filter"] == {"bool": {"filter": [{"terms": {"type": ["kommune"]}}]}}
    assert aggs["typ"]["filter"] == {"bool": {"filter": [{"terms": {"laender": ["09"]}}]}}
    assert aggs["phase"]["aggs"]["values"]["terms"]["field"] == "phases"
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"laender": ["09"]}},
        {"terms": {"type": ["kommune"]}},
    ]


def test_highlighting_pagination_and_spelling():
    body = _body(page=3)
    assert body["highlight"]["pre_tags"] == ["<mark>"]
    assert body["highlight"]["encoder"] == "html"
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 10, True)
    assert body["suggest"]["spelling"]["term"]["field"] == "vocabulary"


def test_autocomplete_uses_completion_with_audience_context():
    body = build_autocomplete(Search(), "digi", frozenset({PUBLIC})).to_dict()
    completion = body["suggest"]["complete"]["completion"]
    assert body["suggest"]["complete"]["prefix"] == "digi"
    assert completion["contexts"] == {"audience": ["public"]}
    assert completion["field"] == "suggest"


@pytest.fixture
def sample_entry():
    return SearchEntry(
        type="kommune",
        pk="7",
        title="Ein digitaler Zwilling",
        url="/kommunen/1/",
        teaser="Teaser",
        tags=("GIS",),
        body="Das Projekt wurde gefördert.",
        laender=("09",),
        phases=(3,),
        audience=frozenset({MEMBERS}),
        date=datetime(2025, 1, 2, tzinfo=UTC),
    )


def test_document_source(sample_entry):
    source = document_source(sample_entry)
    assert source["phases"] == ["3"]
    assert source["audience"] == ["members"]
    assert source["forms"] == "fordert"
    assert source["suggest"]["input"] == suggest_inputs(sample_entry)
    assert suggest_inputs(sample_entry) == [
        "Ein digitaler Zwilling",
        "digitaler Zwilling",
        "Zwilling",
        "GIS",
    ]
