"""The configured search backend: `get_backend()`.

`SEARCH_BACKEND` names it ("database", "elasticsearch" or a dotted path to a class); without
it, a set `ELASTICSEARCH_URL` chooses Elasticsearch and everything else the database.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from .base import Hit, SearchBackend, SearchResults, Suggestion

BACKENDS = {
    "database": "search.backends.database.DatabaseBackend",
    "elasticsearch": "search.backends.elasticsearch.ElasticsearchBackend",
}

__all__ = ["Hit", "SearchBackend", "SearchResults", "Suggestion", "get_backend"]


def backend_path() -> str:
    name = getattr(settings, "SEARCH_BACKEND", "") or (
        "elasticsearch" if getattr(settings, "ELASTICSEARCH_URL", "") else "database"
    )
    return BACKENDS.get(name, name)


@cache
def _backend(path: str) -> SearchBackend:
    return import_string(path)()


def get_backend() -> SearchBackend:
    return _backend(backend_path())
