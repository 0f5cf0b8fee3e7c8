"""The embedded default: full-text search in the portal's own database.

PostgreSQL: a weighted `german` tsvector per entry (title A, teaser and tags B, body C) in a
GIN index for matching, prefix queries (`:*`), `ts_rank` over the small title/teaser/tags
vector for the order and pg_trgm over the vocabulary for typos. SQLite: an FTS5 table with
words stemmed in Python, prefix queries and bm25 with column weights, and difflib over the
vocabulary for typos. Facets, permissions, snippets and autocomplete are the same code for
both.

Every search is one SQL statement over the narrow `IndexMatch` rows: the matches are
computed once (a materialised CTE), and the page, the total and the counts of every facet
are read from them; facet masks are grouped in SQL (a few hundred distinct masks at most)
and their bits summed in Python. Only the ten hits of the page are read from the wide
`IndexEntry` rows.
"""

from __future__ import annotations

import difflib
import functools
import operator
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.functions import Length

from .. import text
from ..facets import (
    FACET_NAMES,
    HANDLUNGSFELD,
    LAND,
    PHASE,
    TYPE,
    bit_values,
    mask_of,
)
from ..models import IndexEntry, IndexMatch, Term
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

MASK_COLUMNS = {
    HANDLUNGSFELD: "handlungsfelder_mask",
    LAND: "laender_mask",
    PHASE: "phases_mask",
}
VOCABULARY_GENERATION = "search:vocabulary-generation"
# Column weights for SQLite's bm25, in the order title, teaser (with tags), body.
BM25_WEIGHTS = (10.0, 4.0, 1.0)
MIN_TERM_LENGTH = 4
MATCH_COLUMNS = "m.entry_id, m.type, m.handlungsfelder_mask, m.laender_mask, m.phases_mask, m.date"


@dataclass(frozen=True)
class Matching:
    """The SQL that selects the visible matching rows (`MATCH_COLUMNS` and `score`)."""

    sql: str
    params: list


def _delimited(values: Iterable[str]) -> str:
    values = [v.replace("|", " ").strip() for v in values if v and v.strip()]
    return f"|{'|'.join(values)}|" if values else ""


def _like_escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _audience_sql(tokens: frozenset[str]) -> tuple[str, list[str]]:
    """`m.audience` holds at least one of `tokens`."""
    ordered = sorted(tokens)
    sql = " OR ".join(["m.audience LIKE %s ESCAPE '\\'"] * len(ordered))
    return f"({sql})", [f"%|{_like_escaped(token)}|%" for token in ordered]


def _audience_filter(tokens: frozenset[str]) -> Q:
    return functools.reduce(
        operator.or_, (Q(match__audience__contains=f"|{t}|") for t in sorted(tokens))
    )


def _entry_row(entry: SearchEntry) -> IndexEntry:
    return IndexEntry(
        key=entry.key,
        object_pk=str(entry.pk),
        title=entry.title,
        title_folded=" ".join(text.tokens(entry.title)),
        url=entry.url,
        teaser=entry.teaser,
        tags=_delimited(entry.tags),
        tags_folded=_delimited(" ".join(text.tokens(tag)) for tag in entry.tags),
        body=entry.body,
    )


def _match_values(entry: SearchEntry) -> dict:
    return {
        "type": entry.type,
        "handlungsfelder_mask": mask_of(HANDLUNGSFELD, entry.handlungsfelder),
        "laender_mask": mask_of(LAND, entry.laender),
        "phases_mask": mask_of(PHASE, entry.phases),
        "audience": _delimited(entry.audience),
        "date": entry.date,
    }


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


def _tsquery(tokens: list[str]) -> str:
    terms = []
    for token in tokens:  # [a-z0-9]+ only (text.tokens), so nothing here is tsquery syntax
        variant = text.digraph_variant(token)
        terms.append(f"({token}:* | {variant}:*)" if variant else f"{token}:*")
    return " & ".join(terms)


class _Postgres:
    """Matching, ranking and typo search on PostgreSQL."""

    # One statement per batch: the vectors are computed by PostgreSQL from arrays of texts,
    # the small ranking vector once and reused inside the full one. The matching vector is
    # stripped of positions and weights (ranking reads `head`): a third smaller, so more
    # match rows fit a page.
    STORE = (
        "INSERT INTO search_indexmatch (entry_id, type, handlungsfelder_mask, laender_mask, "
        "phases_mask, audience, date, head, vector) "
        "SELECT t.id, t.type, t.hf, t.land, t.phase, t.audience, t.date, h.head, "
        "strip(h.head || to_tsvector('german', t.body)) "
        "FROM unnest(%s::bigint[], %s::text[], %s::int[], %s::int[], %s::int[], %s::text[], "
        "%s::timestamptz[], %s::text[], %s::text[], %s::text[]) "
        "AS t(id, type, hf, land, phase, audience, date, title, teaser, body) "
        "CROSS JOIN LATERAL (SELECT setweight(to_tsvector('german', t.title), 'A') || "
        "setweight(to_tsvector('german', t.teaser), 'B') AS head) h"
    )

    def store(self, rows: list[IndexEntry], entries: list[SearchEntry]) -> None:
        values = [_match_values(entry) for entry in entries]
        columns = [
            [row.pk for row in rows],
            *(
                [v[name] for v in values]
                for name in (
                    "type",
                    "handlungsfelder_mask",
                    "laender_mask",
                    "phases_mask",
                    "audience",
                    "date",
                )
            ),
            [text.index_text(entry.title) for entry in entries],
            [text.index_text(f"{entry.teaser} {' '.join(entry.tags)}") for entry in entries],
            [text.index_text(entry.body) for entry in entries],
        ]
        with connection.cursor() as cursor:
            cursor.execute(self.STORE, columns)

    def forget(self, ids: list[int] | None) -> None:
        """The vectors live in the match rows themselves; nothing else to delete."""

    def empty(self) -> None:
        # Not DELETE: a rebuild after it leaves every old row behind as dead space, and the
        # match table (and what a query reads of it) twice its size until VACUUM FULL.
        # Deferred foreign-key checks of rows written earlier in the same transaction must
        # run first, or PostgreSQL refuses to truncate (as Django's own constraint check).
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("TRUNCATE search_indexmatch, search_indexentry, search_term")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")

    def matching(self, tokens: list[str], audience: tuple[str, list[str]]) -> Matching:
        query = _tsquery(tokens)
        return Matching(
            f"SELECT {MATCH_COLUMNS}, ts_rank(m.head, to_tsquery('german', %s)) AS score "
            f"FROM search_indexmatch m WHERE m.vector @@ to_tsquery('german', %s) "
            f"AND {audience[0]}",
            [query, query, *audience[1]],
        )

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
        IndexMatch.objects.bulk_create(
            [
                IndexMatch(entry_id=row.pk, **_match_values(entry))
                for row, entry in zip(rows, entries, strict=True)
            ]
        )
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

    def empty(self) -> None:
        self.forget(None)
        with connection.cursor() as cursor:
            for table in ("search_indexmatch", "search_indexentry", "search_term"):
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)

    def matching(self, tokens: list[str], audience: tuple[str, list[str]]) -> Matching:
        terms = []
        for token in tokens:
            variant = text.digraph_variant(token)
            stem = f'"{text.stem(token)}"*'
            terms.append(f'({stem} OR "{text.stem(variant)}"*)' if variant else stem)
        expression = " AND ".join(terms)
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        return Matching(
            f"SELECT {MATCH_COLUMNS}, f.score FROM search_indexmatch m JOIN "
            f"(SELECT rowid AS id, -bm25(search_fts, {weights}) AS score FROM search_fts "
            f"WHERE search_fts MATCH %s) f ON f.id = m.entry_id WHERE {audience[0]}",
            [expression, *audience[1]],
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


def _everything(audience: tuple[str, list[str]]) -> Matching:
    """Filters without words: every visible entry, no score."""
    return Matching(
        f"SELECT {MATCH_COLUMNS}, 0.0 AS score FROM search_indexmatch m WHERE {audience[0]}",
        list(audience[1]),
    )


def _facet_conditions(filters) -> dict[str, tuple[str, list]]:
    """The SQL condition of every selected facet: any chosen value (OR) within a facet."""
    conditions = {}
    for name in FACET_NAMES:
        if name not in filters:
            continue
        if name == TYPE:
            placeholders = ", ".join(["%s"] * len(filters[TYPE]))
            conditions[name] = (f"type IN ({placeholders})", list(filters[TYPE]))
        else:
            conditions[name] = (f"({MASK_COLUMNS[name]} & %s) <> 0", [mask_of(name, filters[name])])
    return conditions


def _where(conditions, without: str | None = None) -> tuple[str, list]:
    """All selected facets (AND across facets) except `without`."""
    parts = [condition for name, condition in conditions.items() if name != without]
    if not parts:
        return "1 = 1", []
    return " AND ".join(sql for sql, _params in parts), [p for _sql, ps in parts for p in ps]


def _results_statement(
    matching: Matching, filters, offset: int, grouping_sets: bool = False
) -> tuple[str, list]:
    """One statement for page, total and facet counts over the materialised matches.

    Facets: disjunctive within a facet, conjunctive across facets, and the counts of one
    facet ignore that facet's own selection, so that every number says how many hits the
    page would show after ticking that box. Rows: (part, value, number, score, position);
    page rows carry the entry id in `number` and their order in `position`. With
    `grouping_sets` (PostgreSQL) the counts take one pass over the matches instead of five.
    """
    conditions = _facet_conditions(filters)
    every, every_params = _where(conditions)
    parts = ["SELECT 'page' AS part, NULL AS value, entry_id AS number, score, position FROM page"]
    params: list = [*matching.params, *every_params, offset]
    if grouping_sets:
        sql, count_params = _grouping_sets_counts(conditions)
        parts.append(sql)
        params.extend(count_params)
    else:
        parts.append(f"SELECT 'total', NULL, COUNT(*), NULL, NULL FROM matched WHERE {every}")
        params.extend(every_params)
        for name in FACET_NAMES:
            column = _facet_column(name)
            where, where_params = _where(conditions, without=name)
            parts.append(
                f"SELECT '{name}', CAST({column} AS TEXT), COUNT(*), NULL, NULL FROM matched "
                f"WHERE {where} GROUP BY {column}"
            )
            params.extend(where_params)
    sql = (
        f"WITH matched AS MATERIALIZED ({matching.sql}), "
        "page AS (SELECT entry_id, score, ROW_NUMBER() OVER "
        "(ORDER BY score DESC, date DESC NULLS LAST, entry_id) AS position FROM "
        f"(SELECT entry_id, score, date FROM matched WHERE {every} "
        f"ORDER BY score DESC, date DESC NULLS LAST, entry_id LIMIT {PAGE_SIZE} OFFSET %s) p) "
        + " UNION ALL ".join(parts)
    )
    return sql, params


def _facet_column(name: str) -> str:
    return "type" if name == TYPE else MASK_COLUMNS[name]


# GROUPING() of the four facet columns for the grouping set of each facet alone: the bit of
# every column that is not grouped is set (type is the highest bit).
GROUPING_OF = {TYPE: 7, HANDLUNGSFELD: 11, LAND: 13, PHASE: 14}


def _grouping_sets_counts(conditions) -> tuple[str, list]:
    columns = ", ".join(_facet_column(name) for name in FACET_NAMES)
    grouping = f"GROUPING({columns})"
    label, value, number, params = [], [], [], []
    for name in FACET_NAMES:
        code, column = GROUPING_OF[name], _facet_column(name)
        label.append(f"WHEN {code} THEN '{name}'")
        value.append(f"WHEN {code} THEN CAST({column} AS TEXT)")
        where, where_params = _where(conditions, without=name)
        number.append(f"WHEN {code} THEN COUNT(*) FILTER (WHERE {where})")
        params.extend(where_params)
    every, every_params = _where(conditions)
    params.extend(every_params)
    sets = ", ".join(f"({_facet_column(name)})" for name in FACET_NAMES)
    return (
        f"SELECT CASE {grouping} {' '.join(label)} ELSE 'total' END, "
        f"CASE {grouping} {' '.join(value)} END, "
        f"CASE {grouping} {' '.join(number)} ELSE COUNT(*) FILTER (WHERE {every}) END, "
        f"NULL, NULL FROM matched GROUP BY GROUPING SETS ({sets}, ())",
        params,
    )


def _count_bits(counts: dict[str, int], name: str, mask: int, number: int) -> None:
    for position, value in enumerate(bit_values(name)):
        if mask >> position & 1:
            counts[value] = counts.get(value, 0) + number


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
            rows = IndexEntry.objects.bulk_create([_entry_row(entry) for entry in entries])
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
            self.vendor.empty()
        self._new_vocabulary_generation()

    def _delete(self, queryset) -> None:
        ids = list(queryset.values_list("id", flat=True))
        if ids:
            self.vendor.forget(ids)
            IndexMatch.objects.filter(entry_id__in=ids).delete()
            IndexEntry.objects.filter(id__in=ids).delete()

    @staticmethod
    def _new_vocabulary_generation() -> None:
        _new_vocabulary_generation()

    # Reading

    def search(self, query, user, filters=None, page=1) -> SearchResults:
        query, filters, page, tokens = search_arguments(query, filters, page)
        audience = _audience_sql(self.audience(user))
        if not tokens:
            if not filters:
                return SearchResults.nothing_asked(query, page)
            # Filters without words: everything in those facets, newest first.
            return self._results(query, _everything(audience), filters, page)
        results = self._results(query, self.vendor.matching(tokens, audience), filters, page)
        corrected_tokens = self._correct(tokens)
        if not corrected_tokens:
            return results
        suggestion = " ".join(corrected_tokens)
        corrected_matching = self.vendor.matching(corrected_tokens, audience)
        if results.total:
            # Only whether the correction finds anything matters here, not what.
            if self._finds_any(corrected_matching, filters):
                results.suggestion = suggestion
            return results
        # Highlighted with the corrected words, which are the ones that were found.
        corrected = self._results(suggestion, corrected_matching, filters, page)
        if corrected.total:
            corrected.query, corrected.suggestion, corrected.corrected = query, suggestion, True
            return corrected
        return results

    def _results(self, query: str, matching: Matching, filters, page: int) -> SearchResults:
        sql, params = _results_statement(
            matching, filters, (page - 1) * PAGE_SIZE, connection.vendor == "postgresql"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        total = 0
        page_rows: list[tuple[int, int, float]] = []
        counts: dict[str, dict[str, int]] = {name: {} for name in FACET_NAMES}
        for part, value, number, score, position in rows:
            if part == "page":
                page_rows.append((position, number, float(score or 0.0)))
            elif part == "total":
                total = number
            elif part == TYPE:
                counts[TYPE][value] = number
            else:
                _count_bits(counts[part], part, int(value), number)
        hits = self._hits(sorted(page_rows), query)
        return SearchResults.counted(query, hits, total, page, counts, filters)

    def _hits(self, page_rows: list[tuple[int, int, float]], query: str) -> list[Hit]:
        if not page_rows:
            return []
        entries = IndexEntry.objects.select_related("match").only(
            "key", "title", "url", "teaser", "body", "match__type", "match__date"
        )
        by_id = entries.in_bulk([entry_id for _position, entry_id, _score in page_rows])
        hits = []
        for _position, entry_id, score in page_rows:
            row = by_id.get(entry_id)
            if row is None:  # removed between the two statements
                continue
            hits.append(
                Hit.of_type(
                    row.match.type,
                    key=row.key,
                    title=row.title,
                    url=row.url,
                    snippet=text.highlight(self._source_text(row), query),
                    date=row.match.date,
                    score=score,
                )
            )
        return hits

    @staticmethod
    def _source_text(row: IndexEntry) -> str:
        return row.teaser if not row.body else f"{row.teaser} {row.body}".strip()

    @staticmethod
    def _finds_any(matching: Matching, filters) -> bool:
        where, where_params = _where(_facet_conditions(filters))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT 1 FROM ({matching.sql}) matched WHERE {where} LIMIT 1",
                [*matching.params, *where_params],
            )
            return cursor.fetchone() is not None

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
