"""The search on an Elasticsearch 8 cluster, for when the network outgrows its database.

One index behind an alias: a rebuild fills a new index and swaps the alias in one step, so
searches never see a half-filled index. German analysis: lowercase, `german_normalization`
(ä→a, ß→ss, ue→u), ASCII folding and the light German stemmer; a folded field without
stemming serves prefix matches, the completion suggester (with the audience as context, so
suggestions respect permissions) and the term suggester for "Meinten Sie …?".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from django.conf import settings
from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch.helpers import bulk
from elasticsearch_dsl import (
    Completion,
    Date,
    Document,
    Index,
    Keyword,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)

from .. import text
from ..facets import FACET_NAMES, HANDLUNGSFELD, LAND, PHASE, TYPE
from ..registry import SearchEntry
from .base import (
    AUTOCOMPLETE_LIMIT,
    PAGE_SIZE,
    Hit,
    SearchBackend,
    SearchResults,
    Suggestion,
    clean_query,
    search_arguments,
)

german_stemmer = token_filter("ndk_german_stemmer", type="stemmer", language="light_german")
german = analyzer(
    "ndk_german",
    tokenizer="standard",
    filter=["lowercase", "german_normalization", "asciifolding", german_stemmer],
)
folded = analyzer(
    "ndk_folded",
    tokenizer="standard",
    filter=["lowercase", "german_normalization", "asciifolding"],
)

BOOSTS = {"title": 3.0, "teaser": 2.0, "tags": 2.0, "body": 1.0, "forms": 1.0}
FACET_FIELDS = {TYPE: "type", HANDLUNGSFELD: "handlungsfelder", LAND: "laender", PHASE: "phases"}
MAX_SUGGEST_INPUTS = 12


class SearchDocument(Document):
    key = Keyword()
    type = Keyword()
    title = Text(analyzer=german, fields={"folded": Text(analyzer=folded), "raw": Keyword()})
    teaser = Text(analyzer=german, fields={"folded": Text(analyzer=folded)})
    tags = Text(analyzer=german, fields={"folded": Text(analyzer=folded), "raw": Keyword()})
    body = Text(analyzer=german, fields={"folded": Text(analyzer=folded)})
    # Participles without "ge" ("gefördert" -> "fördert"), so that "Förderung" finds them.
    forms = Text(analyzer=german)
    # Words of title, teaser and tags for the term suggester ("Meinten Sie …?").
    vocabulary = Text(analyzer=folded)
    url = Keyword(index=False)
    handlungsfelder = Keyword()
    laender = Keyword()
    phases = Keyword()
    audience = Keyword()
    date = Date()
    suggest = Completion(
        analyzer=folded,
        contexts=[{"name": "audience", "type": "category", "path": "audience"}],
    )


def index_body() -> dict:
    """Settings (with the analyzers) and mapping of a new index."""
    index = Index("template")
    index.settings(number_of_shards=1, number_of_replicas=int(settings.ELASTICSEARCH_REPLICAS))
    index.document(SearchDocument)
    return index.to_dict()


def suggest_inputs(entry: SearchEntry) -> list[str]:
    """The title from each of its words on (so "digi" finds "Ein digitaler Zwilling") and
    the tags."""
    words = entry.title.split()
    inputs = [" ".join(words[i:]) for i in range(min(len(words), MAX_SUGGEST_INPUTS))]
    return [value for value in dict.fromkeys(inputs + list(entry.tags)) if value]


def document_source(entry: SearchEntry) -> dict:
    words = text.tokens(f"{entry.title} {entry.teaser} {entry.body}")
    return {
        "key": entry.key,
        "type": entry.type,
        "title": entry.title,
        "teaser": entry.teaser,
        "tags": list(entry.tags),
        "body": entry.body,
        "forms": " ".join(text.participle_stems(words)),
        "vocabulary": " ".join([entry.title, entry.teaser, *entry.tags]),
        "url": entry.url,
        "handlungsfelder": list(entry.handlungsfelder),
        "laender": list(entry.laender),
        "phases": [str(phase) for phase in entry.phases],
        "audience": sorted(entry.audience),
        "date": entry.date.isoformat() if entry.date else None,
        "suggest": {"input": suggest_inputs(entry)},
    }


def token_query(token: str) -> Q:
    """One query word: fuzzy on the stemmed fields (with the boosts), or the light stem as a
    prefix of a folded word ("Förderung" -> "förder…" finds "Fördermittel")."""
    stem = text.stem(token)
    should = [
        Q(
            "multi_match",
            query=token,
            fields=[f"{field}^{boost:g}" for field, boost in BOOSTS.items()],
            fuzziness="AUTO",
            prefix_length=1,
        )
    ]
    if len(stem) >= text.MIN_STEM:
        should += [
            Q("prefix", **{f"{field}.folded": {"value": stem, "boost": BOOSTS[field] / 2}})
            for field in ("title", "teaser", "tags", "body")
        ]
    return Q("bool", should=should, minimum_should_match=1)


def filter_query(name: str, values: list[str]) -> Q:
    return Q("terms", **{FACET_FIELDS[name]: values})


def build_search(
    search: Search,
    tokens: list[str],
    audience: frozenset[str],
    filters: dict[str, list[str]],
    page: int,
    query: str = "",
) -> Search:
    """The request body of one search: permission filter, words, facets, highlighting."""
    search = search.filter("terms", audience=sorted(audience))
    if tokens:
        search = search.query(Q("bool", must=[token_query(token) for token in tokens]))
        search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}})
    else:
        search = search.sort({"date": {"order": "desc", "missing": "_last"}})
    # Facets count without their own selection; hits are narrowed by all of them.
    for name in FACET_NAMES:
        others = [filter_query(other, filters[other]) for other in filters if other != name]
        search.aggs.bucket(name, "filter", Q("bool", filter=others)).bucket(
            "values", "terms", field=FACET_FIELDS[name], size=50
        )
    if filters:
        search = search.post_filter(
            Q("bool", filter=[filter_query(name, values) for name, values in filters.items()])
        )
    search = search.highlight_options(
        pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html", number_of_fragments=1
    ).highlight("teaser", "body", fragment_size=220, no_match_size=220)
    if tokens and query:
        search = search.suggest(
            "spelling", query, term={"field": "vocabulary", "size": 1, "suggest_mode": "missing"}
        )
    offset = (page - 1) * PAGE_SIZE
    return search.extra(track_total_hits=True, from_=offset, size=PAGE_SIZE).source(
        ["key", "type", "title", "url", "teaser", "date"]
    )


def build_autocomplete(search: Search, prefix: str, audience: frozenset[str]) -> Search:
    return search.suggest(
        "complete",
        prefix,
        completion={
            "field": "suggest",
            "size": AUTOCOMPLETE_LIMIT,
            "skip_duplicates": True,
            "contexts": {"audience": sorted(audience)},
        },
    ).source(["title", "url", "tags"])


class ElasticsearchBackend(SearchBackend):
    def __init__(self, url: str | None = None, alias: str | None = None, refresh: bool = False):
        self.url = url or settings.ELASTICSEARCH_URL
        self.alias = alias or settings.ELASTICSEARCH_INDEX
        # Tests read right after writing; production lets the cluster refresh on its own.
        self.refresh = refresh
        self.client = Elasticsearch(self.url, request_timeout=10)

    # Index lifecycle

    def _new_index_name(self) -> str:
        return f"{self.alias}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"

    def _indices_behind_alias(self) -> list[str]:
        try:
            return list(self.client.indices.get_alias(name=self.alias))
        except NotFoundError:
            return []

    def create(self) -> str:
        """The alias with an empty index, unless it exists."""
        existing = self._indices_behind_alias()
        if existing:
            return existing[0]
        name = self._new_index_name()
        self.client.indices.create(index=name, **index_body())
        self.client.indices.put_alias(index=name, name=self.alias)
        return name

    def drop(self) -> None:
        for name in self._indices_behind_alias():
            self.client.indices.delete(index=name)

    def rebuild(self) -> int:
        """Fill a new index, then point the alias at it in one step and drop the old ones."""
        from .base import all_entries

        old = self._indices_behind_alias()
        name = self._new_index_name()
        self.client.indices.create(index=name, **index_body())
        count = self._bulk_index(all_entries(), index=name)
        self.client.indices.refresh(index=name)
        actions = [{"remove": {"index": index, "alias": self.alias}} for index in old]
        actions.append({"add": {"index": name, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)
        for index in old:
            self.client.indices.delete(index=index)
        return count

    def clear(self) -> None:
        self.create()
        self.client.delete_by_query(
            index=self.alias, query={"match_all": {}}, refresh=True, conflicts="proceed"
        )

    # Writing

    def _bulk_index(self, entries: Iterable[SearchEntry], index: str | None = None) -> int:
        actions = (
            {"_index": index or self.alias, "_id": entry.key, "_source": document_source(entry)}
            for entry in entries
        )
        count, _errors = bulk(self.client, actions, chunk_size=500, refresh=self.refresh)
        return count

    def index(self, entries: Iterable[SearchEntry]) -> None:
        self.create()
        self._bulk_index(entries)

    def remove(self, keys: Iterable[str]) -> None:
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": key} for key in keys)
        bulk(self.client, actions, raise_on_error=False, refresh=self.refresh)

    # Reading

    def _search(self) -> Search:
        return Search(using=self.client, index=self.alias)

    def search(self, query, user, filters=None, page=1) -> SearchResults:
        query, filters, page, tokens = search_arguments(query, filters, page)
        if not tokens and not filters:
            return SearchResults.nothing_asked(query, page)
        audience = self.audience(user)
        search_query = " ".join(tokens)
        response = build_search(
            self._search(), tokens, audience, filters, page, search_query
        ).execute()
        results = self._results(query, response, filters, page)
        suggestion = self._spelling(response, tokens)
        if suggestion and self._visible_count(suggestion, audience, filters):
            results.suggestion = suggestion
            results.corrected = not results.total
        return results

    def _results(self, query, response, filters, page) -> SearchResults:
        counts = {
            name: {
                str(bucket.key): bucket.doc_count
                for bucket in getattr(response.aggregations, name).values.buckets
            }
            for name in FACET_NAMES
        }
        hits = []
        for hit in response:
            highlight = getattr(hit.meta, "highlight", None)
            fragments = []
            if highlight is not None:
                fragments = list(getattr(highlight, "teaser", [])) or list(
                    getattr(highlight, "body", [])
                )
            date = getattr(hit, "date", None)
            if isinstance(date, str):
                date = datetime.fromisoformat(date)
            hits.append(
                Hit.of_type(
                    hit.type,
                    key=hit.key,
                    title=hit.title,
                    url=hit.url,
                    snippet=fragments[0] if fragments else text.highlight(hit.teaser or "", ""),
                    date=date,
                    score=float(hit.meta.score or 0.0),
                )
            )
        total = response.hits.total.value
        return SearchResults.counted(query, hits, total, page, counts, filters)

    @staticmethod
    def _spelling(response, tokens: list[str]) -> str:
        suggest = getattr(response, "suggest", None)
        if suggest is None or not tokens:
            return ""
        corrected, changed = [], False
        for part in suggest.spelling:
            if part.options:
                corrected.append(part.options[0].text)
                changed = True
            else:
                corrected.append(part.text)
        return " ".join(corrected) if changed else ""

    def _visible_count(self, suggestion: str, audience, filters) -> int:
        """A correction is offered only if it finds something this person may see."""
        tokens = text.query_tokens(suggestion)
        search = build_search(self._search(), tokens, audience, filters, 1).extra(size=0)
        return search.count()

    def autocomplete(self, prefix, user) -> list[Suggestion]:
        prefix = clean_query(prefix)
        if len(" ".join(text.tokens(prefix))) < 2:
            return []
        response = build_autocomplete(self._search(), prefix, self.audience(user)).execute()
        suggestions = []
        for option in response.suggest.complete[0].options:
            source = option._source
            if option.text in list(getattr(source, "tags", [])):
                suggestions.append(Suggestion(option.text, "", "tag"))
            else:
                suggestions.append(Suggestion(source.title, source.url, "title"))
        return list(dict.fromkeys(suggestions))
