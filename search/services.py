"""What the search views need besides the backend: parsing the URL state, fault tolerance."""

from __future__ import annotations

import logging

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.pagination import PAGE_PARAM
from core.parsing import parse_id
from core.plugins import HeaderArea, header_areas

from .backends import SearchResults, Suggestion, get_backend
from .backends.base import PAGE_SIZE, clean_query
from .facets import FACET_NAMES, clean_filters

logger = logging.getLogger(__name__)

SEARCH_LABEL = _("Suche")
SEARCH_URL = "/suche/"
MAX_PAGE = 1000
# Shown when nobody has typed anything yet: what people in Kommunen typically look for.
EXAMPLE_QUERIES = [
    "Digitalisierung",
    "Fördermittel",
    "Onlinezugangsgesetz",
    "Breitband",
    "Bürgerbeteiligung",
    "Digitallotse",
]


class SearchUnavailable(Exception):
    """The backend did not answer (an Elasticsearch cluster down); the page says so."""


def parse_request(params: QueryDict) -> tuple[str, dict[str, list[str]], int]:
    query = clean_query(params.get("q", ""))
    filters = clean_filters({name: params.getlist(name) for name in FACET_NAMES})
    page = min(MAX_PAGE, parse_id(params.get(PAGE_PARAM)) or 1)
    return query, filters, page


def url_state(query: str, filters: dict[str, list[str]]) -> dict[str, list[str]]:
    state: dict[str, list[str]] = {"q": [query]} if query else {}
    state.update(filters)
    return state


def search(query: str, user, filters: dict[str, list[str]], page: int) -> SearchResults:
    try:
        return get_backend().search(query, user, filters, page)
    except Exception as error:
        if not _is_connection_error(error):
            raise
        logger.exception("search backend unavailable")
        raise SearchUnavailable from error


def empty_results(query: str, page: int) -> SearchResults:
    return SearchResults(query, [], 0, page, PAGE_SIZE)


def autocomplete(prefix: str, user) -> list[Suggestion]:
    try:
        return get_backend().autocomplete(prefix, user)
    except Exception as error:
        if not _is_connection_error(error):
            raise
        logger.warning("autocomplete unavailable: %s", error)
        return []


def _is_connection_error(error: Exception) -> bool:
    try:
        from elastic_transport import ConnectionError, ConnectionTimeout
    except ImportError:  # pragma: no cover
        return False
    return isinstance(error, ConnectionError | ConnectionTimeout)


def areas() -> list[HeaderArea]:
    """The portal's areas, linked from the empty states."""
    return [area for area in header_areas() if area.url != SEARCH_URL]
