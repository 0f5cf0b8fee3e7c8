"""The embedded default: full-text search in the portal's own database.

PostgreSQL: a weighted `german` tsvector per entry (title A, teaser and tags B, body C) in a
GIN index, prefix queries (`:*`), `ts_rank` for the order and pg_trgm for typos. SQLite: an
FTS5 table with words stemmed in Python, prefix queries and bm25 with column weights, and
difflib over the vocabulary for typos. Facets, permissions, snippets and autocomplete are the
same code for both.
"""

from __future__ import annotations

import difflib
import functools
import operator
import uuid
from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Sum, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length

from .. import text
from ..facets import (
    FACET_NAMES,
    HANDLUNGSFELD,
    LAND,
    PHASE,
    TYPE,
    bit_values,
    clean_filters,
    mask_of,
)
from ..models import IndexEntry, Term
from ..registry import SearchEntry, registered_types
from .base import (
    AUTOCOMPLETE_LIMIT,
    PAGE_SIZE,
    Hit,
    SearchBackend,
    SearchResults,
    Suggestion,
    clean_query,
    facet_values,
    type_label,
)

MASK_FIELDS = {
    HANDLUNGSFELD: "handlungsfelder_mask",
    LAND: "laender_mask",
    PHASE: "phases_mask",
}
VOCABULARY_GENERATION = "search:vocabulary-generation"
# Column weights for SQLite's bm25, in the order title, teaser (with tags), body.
BM25_WEIGHTS = (10.0, 4.0, 1.0)
MIN_TERM_LENGTH = 4


def _delimited(values: Iterable[str]) -> str:
    values = [v.replace("|", " ").strip() for v in values if v and v.strip()]
    return f"|{'|'.join(values)}|" if values else ""


def _audience_filter(tokens: frozenset[str]) -> Q:
    return functools.reduce(operator.or_, (Q(audience__contains=f"|{t}|") for t in sorted(tokens)))


def _row(entry: SearchEntry) -> IndexEntry:
    return IndexEntry(
        key=entry.key,
        type=entry.type,
        object_pk=str(entry.pk),
        title=entry.title,
        title_folded=" ".join(text.tokens(entry.title)),
        url=entry.url,
        teaser=entry.teaser,
        tags=_delimited(entry.tags),
        tags_folded=_delimited(" ".join(text.tokens(tag)) for tag in entry.tags),
        body=entry.body,
        handlungsfelder_mask=mask_of(HANDLUNGSFELD, entry.handlungsfelder),
        laender_mask=mask_of(LAND, entry.laender),
        phases_mask=mask_of(PHASE, entry.phases),
        audience=_delimited(entry.audience),
        date=entry.date,
    )


def _vocabulary(entry: SearchEntry) -> dict[str, str]:
    """folded -> displayed word, from title, teaser and tags."""
    words = {}
    for source in (entry.title, entry.teaser, *entry.tags):
        for word in text._WORD.findall(source):
            folded = "".join(text.tokens(word))
            if MIN_TERM_LENGTH <= len(folded) <= 60 and not folded.isdigit():
                words.setdefault(folded, word.casefold()[:60])
    return words


def _new_vocabulary_generation() -> str:
    """A new random marker: processes holding another one reload the vocabulary."""
    generation = uuid.uuid4().hex
    cache.set(VOCABULARY_GENERATION, generation, None)
    return generation


class _Postgres:
    """Matching and typo search on PostgreSQL."""

    def store(self, rows: list[IndexEntry], entries: list[SearchEntry]) -> None:
        params = [
            (
                text.index_text(entry.title),
                text.index_text(f"{entry.teaser} {' '.join(entry.tags)}"),
                text.index_text(entry.body),
                row.pk,
            )
            for row, entry in zip(rows, entries, strict=True)
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE search_indexentry SET vector = "
                "setweight(to_tsvector('german', %s), 'A') || "
                "setweight(to_tsvector('german', %s), 'B') || "
                "setweight(to_tsvector('german', %s), 'C') WHERE id = %s",
                params,
            )

    def forget(self, ids: list[int] | None) -> None:
        """The vector lives in the row itself; nothing else to delete."""

    def match(self, queryset: QuerySet, tokens: list[str]) -> QuerySet:
        terms = []
        for token in tokens:
            variant = text.digraph_variant(token)
            terms.append(f"({token}:* | {variant}:*)" if variant else f"{token}:*")
        query = SearchQuery(" & ".join(terms), search_type="raw", config="german")
        return queryset.filter(vector=query).annotate(score=SearchRank(F("vector"), query))

    def closest(self, token: str) -> str | None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM search_term WHERE folded %% %s "
                "ORDER BY similarity(folded, %s) DESC, folded LIMIT 1",
                [token, token],
            )
            row = cursor.fetchone()
        return row[0] if row else None


class _Sqlite:
    """Matching and typo search on SQLite (FTS5 with Python stems, difflib)."""

    _vocabulary: tuple[object, dict[str, str]] = (None, {})

    def store(self, rows: list[IndexEntry], entries: list[SearchEntry]) -> None:
        params = [
            (
                row.pk,
                text.stemmed_text(entry.title),
                text.stemmed_text(f"{entry.teaser} {' '.join(entry.tags)}"),
                text.stemmed_text(entry.body),
            )
            for row, entry in zip(rows, entries, strict=True)
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts(rowid, title, teaser, body) VALUES (%s, %s, %s, %s)",
                params,
            )

    def forget(self, ids: list[int] | None) -> None:
        with connection.cursor() as cursor:
            if ids is None:
                cursor.execute("DELETE FROM search_fts")
            elif ids:
                placeholders = ", ".join(["%s"] * len(ids))
                cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({placeholders})", ids)

    def match(self, queryset: QuerySet, tokens: list[str]) -> QuerySet:
        terms = []
        for token in tokens:
            variant = text.digraph_variant(token)
            stem = f'"{text.stem(token)}"*'
            terms.append(f'({stem} OR "{text.stem(variant)}"*)' if variant else stem)
        expression = " AND ".join(terms)
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        return queryset.filter(
            id__in=RawSQL("SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [expression])
        ).annotate(
            score=RawSQL(
                f"(SELECT -bm25(search_fts, {weights}) FROM search_fts "
                "WHERE search_fts MATCH %s AND search_fts.rowid = search_indexentry.id)",
                [expression],
            )
        )

    def closest(self, token: str) -> str | None:
        vocabulary = self.vocabulary()
        found = difflib.get_close_matches(token, list(vocabulary), n=1, cutoff=0.8)
        return vocabulary[found[0]] if found else None

    def vocabulary(self) -> dict[str, str]:
        # Loaded once per process and generation; every index change starts a new generation.
        generation = cache.get(VOCABULARY_GENERATION)
        if generation is None:
            generation = _new_vocabulary_generation()
        cached_generation, words = _Sqlite._vocabulary
        if generation != cached_generation:
            words = dict(Term.objects.values_list("folded", "word"))
            _Sqlite._vocabulary = (generation, words)
        return words


class DatabaseBackend(SearchBackend):
    def __init__(self):
        self._vendors = {"postgresql": _Postgres(), "sqlite": _Sqlite()}

    @property
    def vendor(self):
        try:
            return self._vendors[connection.vendor]
        except KeyError:
            raise NotImplementedError(
                f"The database search needs PostgreSQL or SQLite, not {connection.vendor}."
            ) from None

    # Writing

    def index(self, entries: Iterable[SearchEntry]) -> None:
        entries = list({entry.key: entry for entry in entries}.values())
        if not entries:
            return
        vocabulary: dict[str, str] = {}
        for entry in entries:
            vocabulary.update(_vocabulary(entry))
        with transaction.atomic():
            self._delete(IndexEntry.objects.filter(key__in=[e.key for e in entries]))
            rows = IndexEntry.objects.bulk_create([_row(entry) for entry in entries])
            if any(row.pk is None for row in rows):  # backends without RETURNING
                ids = dict(
                    IndexEntry.objects.filter(key__in=[e.key for e in entries]).values_list(
                        "key", "id"
                    )
                )
                for row in rows:
                    row.pk = ids[row.key]
            self.vendor.store(rows, entries)
            Term.objects.bulk_create(
                [Term(folded=f, word=w) for f, w in vocabulary.items()], ignore_conflicts=True
            )
        self._new_vocabulary_generation()

    def remove(self, keys: Iterable[str]) -> None:
        with transaction.atomic():
            self._delete(IndexEntry.objects.filter(key__in=list(keys)))

    def clear(self) -> None:
        with transaction.atomic():
            self.vendor.forget(None)
            IndexEntry.objects.all().delete()
            Term.objects.all().delete()
        self._new_vocabulary_generation()

    def _delete(self, queryset: QuerySet) -> None:
        ids = list(queryset.values_list("id", flat=True))
        if ids:
            self.vendor.forget(ids)
            IndexEntry.objects.filter(id__in=ids).delete()

    @staticmethod
    def _new_vocabulary_generation() -> None:
        _new_vocabulary_generation()

    # Reading

    def search(self, query, user, filters=None, page=1) -> SearchResults:
        query = clean_query(query)
        filters = clean_filters(filters)
        page = max(1, int(page or 1))
        tokens = text.query_tokens(query)
        visible = IndexEntry.objects.filter(_audience_filter(self.audience(user)))
        if not tokens:
            if not filters:
                return SearchResults(query, [], 0, page, PAGE_SIZE)
            # Filters without words: everything in those facets, newest first.
            matched = visible.annotate(score=Value(0.0))
            return self._results(query, matched, filters, page, tokens)
        results = self._results(query, self.vendor.match(visible, tokens), filters, page, tokens)
        corrected_tokens = self._correct(tokens)
        if corrected_tokens:
            suggestion = " ".join(corrected_tokens)
            # Highlighted with the corrected words, which are the ones that were found.
            corrected = self._results(
                suggestion, self.vendor.match(visible, corrected_tokens), filters, page, tokens
            )
            if corrected.total and not results.total:
                corrected.query, corrected.suggestion, corrected.corrected = query, suggestion, True
                return corrected
            if corrected.total:
                results.suggestion = suggestion
        return results

    def _results(self, query, matched, filters, page, tokens) -> SearchResults:
        matched = matched.annotate(**self._selection_annotations(filters))
        aggregates = matched.aggregate(**self._count_expressions(filters))
        total = aggregates.pop("total") or 0
        counts: dict[str, dict[str, int]] = {name: {} for name in FACET_NAMES}
        for name_value, count in aggregates.items():
            name, value = name_value.split("__", 1)
            counts[name][value] = count or 0
        order = ["-score", "-date", "id"] if tokens else ["-date", "id"]
        offset = (page - 1) * PAGE_SIZE
        rows = (
            matched.filter(self._condition(filters))
            .only("key", "type", "title", "url", "teaser", "body", "date")
            .order_by(*order)[offset : offset + PAGE_SIZE]
        )
        hits = [
            Hit(
                type=row.type,
                type_label=type_label(row.type),
                key=row.key,
                title=row.title,
                url=row.url,
                snippet=self._source_text(row),
                date=row.date,
                score=float(row.score or 0.0),
            )
            for row in rows
        ]
        results = SearchResults(query, hits, total, page, PAGE_SIZE, facet_values(counts, filters))
        return self._with_snippets(results, query)

    @staticmethod
    def _source_text(row: IndexEntry) -> str:
        return row.teaser if not row.body else f"{row.teaser} {row.body}".strip()

    @staticmethod
    def _with_snippets(results: SearchResults, query: str) -> SearchResults:
        """`Hit.snippet` holds the raw text until here; make it the escaped excerpt."""
        results.hits = [
            Hit(**{**hit.__dict__, "snippet": text.highlight(hit.snippet, query)})
            for hit in results.hits
        ]
        return results

    # Facets: disjunctive within a facet (any chosen value), conjunctive across facets, and
    # the counts of one facet ignore that facet's own selection, so that every number says
    # how many hits the page would show after ticking that box.

    @staticmethod
    def _selection_annotations(filters) -> dict:
        return {
            f"_selected_{name}": F(field).bitand(mask_of(name, filters[name]))
            for name, field in MASK_FIELDS.items()
            if name in filters
        }

    @staticmethod
    def _facet_condition(name: str, filters) -> Q:
        if name not in filters:
            return Q()
        if name == TYPE:
            return Q(type__in=filters[TYPE])
        return Q(**{f"_selected_{name}__gt": 0})

    def _condition(self, filters, without: str | None = None) -> Q:
        return functools.reduce(
            operator.and_,
            (self._facet_condition(name, filters) for name in FACET_NAMES if name != without),
            Q(),
        )

    def _count_expressions(self, filters) -> dict:
        expressions = {"total": Count("id", filter=self._condition(filters) or None)}
        type_condition = self._condition(filters, without=TYPE)
        for name in registered_types():
            expressions[f"{TYPE}__{name}"] = Count("id", filter=type_condition & Q(type=name))
        for facet, field in MASK_FIELDS.items():
            condition = self._condition(filters, without=facet)
            for position, value in enumerate(bit_values(facet)):
                bit = F(field).bitrightshift(position).bitand(1)
                if condition:
                    bit = Case(When(condition, then=bit), default=0, output_field=IntegerField())
                expressions[f"{facet}__{value}"] = Sum(bit)
        return expressions

    # Typos

    def _correct(self, tokens: list[str]) -> list[str] | None:
        """The query with unknown words replaced by the closest known ones, if any changed."""
        corrected, changed = [], False
        for token in tokens:
            replacement = None
            if len(token) >= MIN_TERM_LENGTH and not token.isdigit() and not self._known(token):
                replacement = self.vendor.closest(token)
            if replacement and "".join(text.tokens(replacement)) != token:
                corrected.append(replacement)
                changed = True
            else:
                corrected.append(token)
        return corrected if changed else None

    @staticmethod
    def _known(token: str) -> bool:
        prefixes = [token]
        if variant := text.digraph_variant(token):
            prefixes.append(variant)
        return Term.objects.filter(
            functools.reduce(operator.or_, (Q(folded__startswith=p) for p in prefixes))
        ).exists()

    # Autocomplete

    def autocomplete(self, prefix, user) -> list[Suggestion]:
        folded = " ".join(text.tokens(clean_query(prefix)))
        if len(folded) < 2:
            return []
        visible = IndexEntry.objects.filter(_audience_filter(self.audience(user)))
        titles = (
            visible.filter(
                Q(title_folded__startswith=folded) | Q(title_folded__contains=f" {folded}")
            )
            .annotate(length=Length("title"))
            .order_by("length", "title")
            .values_list("title", "url")[:AUTOCOMPLETE_LIMIT]
        )
        suggestions = [Suggestion(title, url, "title") for title, url in titles]
        tag_rows = visible.filter(
            Q(tags_folded__contains=f"|{folded}") | Q(tags_folded__contains=f" {folded}")
        ).values_list("tags", "tags_folded")[:50]
        tags: dict[str, str] = {}
        for shown, folded_tags in tag_rows:
            for tag, tag_folded in zip(
                shown.strip("|").split("|"), folded_tags.strip("|").split("|"), strict=False
            ):
                if tag_folded.startswith(folded) or f" {folded}" in tag_folded:
                    tags.setdefault(tag_folded, tag)
        tag_suggestions = [Suggestion(tag, "", "tag") for tag in sorted(tags.values())]
        room = max(3, AUTOCOMPLETE_LIMIT - len(suggestions))
        return (
            suggestions[: AUTOCOMPLETE_LIMIT - min(len(tag_suggestions), 3)]
            + tag_suggestions[:room]
        )
