"""Fixtures for the search tests: backends to run the contract against, small test types."""

import os
import uuid

import pytest
from django.conf import settings

from network.models import Handlungsfeld
from search.backends.database import DatabaseBackend
from search.registry import MEMBERS, PUBLIC, SearchEntry, SearchType, register, unregister


def elasticsearch_unavailable() -> str | None:
    url = os.environ.get("ELASTICSEARCH_URL") or settings.ELASTICSEARCH_URL
    if not url:
        return "ELASTICSEARCH_URL is not set; the Elasticsearch contract needs a cluster"
    try:
        from elasticsearch import Elasticsearch

        client = Elasticsearch(url, request_timeout=3)
        client.info()
    except Exception as error:  # any failure means: no usable cluster
        return f"Elasticsearch at {url} is not reachable: {error}"
    return None


def _make_backend(name: str):
    if name == "database":
        return DatabaseBackend()
    reason = elasticsearch_unavailable()
    if reason:
        pytest.skip(reason)
    from search.backends.elasticsearch import ElasticsearchBackend

    backend = ElasticsearchBackend(
        url=os.environ.get("ELASTICSEARCH_URL") or settings.ELASTICSEARCH_URL,
        alias=f"ndk-test-{uuid.uuid4().hex[:8]}",
        refresh=True,
    )
    backend.create()
    return backend


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, db, test_types):
    backend = _make_backend(request.param)
    yield backend
    backend.clear()
    if request.param == "elasticsearch":
        backend.drop()


def _test_type(type_name: str, type_label: str) -> type[SearchType]:
    class TestType(SearchType):
        """Entries of this type are indexed directly; no model of its own."""

        name = type_name
        label = type_label
        model = Handlungsfeld

        def get_queryset(self):
            return Handlungsfeld.objects.none()

        def entry_for(self, obj):
            return None

    return TestType


@pytest.fixture
def test_types():
    names = {"artikel": "Artikel", "kurs": "Kurs"}
    for name, label in names.items():
        register(_test_type(name, label))
    yield names
    for name in names:
        unregister(name)


def entry(pk, title, *, type="artikel", audience=(PUBLIC,), **fields) -> SearchEntry:
    return SearchEntry(
        type=type,
        pk=str(pk),
        title=title,
        url=f"/test/{type}/{pk}/",
        audience=frozenset(audience),
        **fields,
    )


__all__ = ["MEMBERS", "PUBLIC", "entry"]
