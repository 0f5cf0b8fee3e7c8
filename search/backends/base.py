"""What every search backend offers and returns; the search page only knows this."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from .. import text
from ..facets import FACET_NAMES, FacetValue, clean_filters, facet_choices
from ..registry import SearchEntry, SearchType, audience_of, registered_types

PAGE_SIZE = 10
# Longer queries are cut: nobody types more, and the cost of a query grows with its terms.
MAX_QUERY_LENGTH = 200
AUTOCOMPLETE_LIMIT = 8


@dataclass(frozen=True)
class Hit:
    type: str
    type_label: str
    key: str
    title: str
    url: str
    snippet: str  # escaped HTML with <mark> around the matched words
    date: datetime | None
    score: float

    @classmethod
    def of_type(cls, type: str, **fields) -> Hit:
        """A hit labelled with the name the search page gives its type."""
        return cls(type=type, type_label=type_label(type), **fields)


@dataclass(frozen=True)
class Suggestion:
    """One autocomplete proposal: a title (with its URL) or a tag (searched as a query)."""

    label: str
    url: str = ""
    kind: str = "title"


@dataclass
class SearchResults:
    query: str
    hits: list[Hit]
    total: int
    page: int
    page_size: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    suggestion: str = ""  # "Meinten Sie …?"
    corrected: bool = False  # hits are for `suggestion`, the query itself found nothing

    @classmethod
    def nothing_asked(cls, query: str, page: int) -> SearchResults:
        """No words and no filters: no search was run, so there are no facets either."""
        return cls(query, [], 0, page, PAGE_SIZE)

    @classmethod
    def counted(
        cls, query: str, hits: list[Hit], total: int, page: int, counts, filters
    ) -> SearchResults:
        """A page of hits, with the facet counts (facet -> value -> number) of all matches."""
        return cls(query, hits, total, page, PAGE_SIZE, facet_values(counts, filters))

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def first_number(self) -> int:
        return (self.page - 1) * self.page_size + 1

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages


def clean_query(query: str | None) -> str:
    """NUL and other control characters out, whitespace collapsed, length capped."""
    text = "".join(ch if ch.isprintable() else " " for ch in (query or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_arguments(
    query: str | None, filters: dict[str, list[str]] | None, page
) -> tuple[str, dict[str, list[str]], int, list[str]]:
    """What `search()` was given, as every backend reads it: the cleaned query, the valid
    filters, a page number from 1, and the query's words."""
    query = clean_query(query)
    return query, clean_filters(filters), max(1, int(page or 1)), text.query_tokens(query)


def type_label(name: str) -> str:
    search_type = registered_types().get(name)
    return str(search_type.label) if search_type else name


def facet_values(
    counts: dict[str, dict[str, int]], filters: dict[str, list[str]]
) -> dict[str, list[FacetValue]]:
    """Counts per facet value in display order; values without hits are left out unless
    selected, so that a chosen filter can always be removed again."""
    facets = {}
    for name in FACET_NAMES:
        selected = set(filters.get(name, []))
        facets[name] = [
            FacetValue(value, label, counts.get(name, {}).get(value, 0), value in selected)
            for value, label in facet_choices(name)
            if counts.get(name, {}).get(value, 0) or value in selected
        ]
    return facets


class SearchBackend(ABC):
    """The contract every backend fulfils (tests/search/test_contract.py)."""

    @abstractmethod
    def search(
        self, query: str, user, filters: dict[str, list[str]] | None = None, page: int = 1
    ) -> SearchResults: ...

    @abstractmethod
    def autocomplete(self, prefix: str, user) -> list[Suggestion]: ...

    @abstractmethod
    def index(self, entries: Iterable[SearchEntry]) -> None: ...

    @abstractmethod
    def remove(self, keys: Iterable[str]) -> None: ...

    @abstractmethod
    def clear(self) -> None:
        """Empty the index (before a rebuild)."""

    def rebuild(self) -> int:
        """Index every entry of every registered type afresh; returns how many."""
        self.clear()
        return self.index_all(all_entries())

    def index_all(self, entries: Iterable[SearchEntry], batch_size: int = 500) -> int:
        count = 0
        batch: list[SearchEntry] = []
        for entry in entries:
            batch.append(entry)
            if len(batch) >= batch_size:
                self.index(batch)
                count += len(batch)
                batch = []
        if batch:
            self.index(batch)
            count += len(batch)
        return count

    @staticmethod
    def audience(user) -> frozenset[str]:
        return audience_of(user)


def entries_of(search_type: SearchType) -> Iterable[SearchEntry]:
    for obj in search_type.get_queryset().iterator(chunk_size=500):
        entry = search_type.entry_for(obj)
        if entry is not None:
            yield entry


def all_entries() -> Iterable[SearchEntry]:
    for search_type in registered_types().values():
        yield from entries_of(search_type)
