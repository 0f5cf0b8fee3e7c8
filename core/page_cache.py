"""Whole-page cache for visitors who are not signed in.

Public pages such as the case study index are the same for every anonymous visitor, so their
HTML is stored once per URL and language and served from the cache (Redis in production).
Each cached area has a generation number that is part of every key; publishing or changing
content of the area calls `purge(area)`, which increments the number, so that all of the
area's pages are rendered afresh on the next request. Old entries simply expire.

A response is only stored when it is certainly the same for everybody: a GET by a visitor
without a session and without pending messages, answered with 200, no cookie set and no
CSRF token used while rendering (a token in cached HTML would not match the next visitor's
cookie). And only when it varies by nothing but what its page type declares: the query
parameters it reads and the htmx targets it answers with a fragment. Anything else is served
but not stored, so that invented URLs cannot fill the cache or store a page under the key of
another answer.

While Redis cannot be reached, pages are neither found nor stored (the cache's `shared_only`
view, core/resilient_cache.py); when it answers again, every stored page is made stale,
because purges made in between were lost.
"""

import gzip
import hashlib
import time
from collections.abc import Callable, Collection
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from .resilient_cache import reconnected

DEFAULT_TIMEOUT = 600
HEADER = "X-Page-Cache"
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")


def _store():
    """The cache that holds pages and generations. Never a stand-in in one process's memory
    for an unreachable Redis: a purge in one process would not reach another's pages."""
    return getattr(cache, "shared_only", cache)


def _store_reachable() -> bool:
    return getattr(_store(), "reachable", True)


def _generation_key(area: str) -> str:
    return f"page-cache:generation:{area}"


def _fresh_generation() -> int:
    """A start value never used before, so that a generation evicted from the cache and set
    again cannot bring back pages stored under its earlier life."""
    return time.time_ns()


# Shared by every area: changes that show on all pages (header, footer links) purge this one.
EVERYWHERE = "everywhere"


def generations(area: str) -> str:
    """The current generation of `area` and of EVERYWHERE, as a key part (one cache round trip)."""
    keys = [_generation_key(EVERYWHERE), _generation_key(area)]
    found = _store().get_many(keys)
    missing = {key: _fresh_generation() for key in keys if key not in found}
    if missing:
        _store().set_many(missing, timeout=None)
        found.update(missing)
    return ".".join(str(found[key]) for key in keys)


def purge(area: str = EVERYWHERE) -> None:
    """Make every cached page of `area` (by default: of all areas) stale at once."""
    key = _generation_key(area)
    try:
        _store().incr(key)
    except ValueError:  # not in the cache (never used, or evicted)
        _store().set(key, _fresh_generation(), timeout=None)


def _purge_after_outage(sender, **kwargs) -> None:
    purge(EVERYWHERE)


reconnected.connect(_purge_after_outage)


def is_cacheable_request(request: HttpRequest) -> bool:
    if not settings.PAGE_CACHE_ENABLED:
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if request.user.is_authenticated:
        return False
    # A session may hold per-visitor state that pages show (e.g. a comparison selection).
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return len(get_messages(request)) == 0 and _store_reachable()


def is_htmx(request: HttpRequest) -> bool:
    """As django-htmx decides (and so the page's templates): only `HX-Request: true`."""
    return request.headers.get("HX-Request") == "true"


def _query(request: HttpRequest) -> list[tuple[str, str]]:
    """The query parameters, decoded and sorted: `?b=2&a=1` and `?a=%31&b=2` are one page."""
    return sorted((name, value) for name, values in request.GET.lists() for value in values)


def cache_key(request: HttpRequest, area: str) -> str:
    variant = "|".join(
        [
            request.get_host(),
            request.path,
            urlencode(_query(request)),
            get_language() or "",
            # htmx asks the same URL for a fragment, named by its target
            request.headers.get("HX-Target", "") if is_htmx(request) else "page",
        ]
    )
    digest = hashlib.sha256(variant.encode()).hexdigest()
    return f"page-cache:{area}:{generations(area)}:{digest}"


def is_declared_variant(
    request: HttpRequest, params: Collection[str], targets: Collection[str]
) -> bool:
    """Whether the request asks for nothing but what the page declares it varies by: each
    parameter at most once (the page reads one value; sorting would mix up several), and an
    htmx target the page answers with a fragment."""
    names = [name for name, _value in _query(request)]
    if len(names) != len(set(names)) or not set(names) <= set(params):
        return False
    return not is_htmx(request) or request.headers.get("HX-Target") in targets


def _is_storable(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def _accepts_gzip(request: HttpRequest) -> bool:
    return "gzip" in request.headers.get("Accept-Encoding", "").lower()


def cached_page(request: HttpRequest, area: str) -> HttpResponse | None:
    """The stored page for this request, or None. Call only for cacheable requests.

    Pages are stored compressed once, so that a hit sends a fraction of the bytes to the
    browsers that accept gzip (all of them) without compressing again; others get it inflated.
    """
    stored = _store().get(cache_key(request, area))
    if stored is None:
        return None
    compressed, headers = stored
    if _accepts_gzip(request):
        response = HttpResponse(compressed)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(compressed))
    for name, value in headers.items():
        response[name] = value
    patch_vary_headers(response, ["Accept-Encoding"])
    response[HEADER] = "hit"
    return response


def store_page(request: HttpRequest, area: str, response: HttpResponse, timeout: int) -> None:
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    if _is_storable(request, response):
        headers = {name: response[name] for name in _KEPT_HEADERS if name in response}
        compressed = gzip.compress(response.content, compresslevel=6, mtime=0)
        _store().set(cache_key(request, area), (compressed, headers), timeout)
        if _store_reachable():  # Redis may have failed on this very request
            response[HEADER] = "miss"


def cached_response(
    request: HttpRequest,
    area: str,
    produce: Callable[[], HttpResponse],
    *,
    params: Collection[str] = (),
    targets: Collection[str] = (),
    timeout: int = DEFAULT_TIMEOUT,
) -> HttpResponse:
    """The response of `produce()`, from the cache when the request allows it and asks for a
    variant the page declares (`params`, `targets`: see `cache_for_visitors`)."""
    if not is_cacheable_request(request) or not is_declared_variant(request, params, targets):
        return produce()
    response = cached_page(request, area)
    if response is None:
        response = produce()
        store_page(request, area, response, timeout)
    return response


def area_for_path(path: str) -> str | None:
    for prefix, area in settings.PAGE_CACHE_AREAS.items():
        if path.startswith(prefix):
            return area
    return None


class PageCacheMiddleware:
    """Answers a stored page before URL routing, so that a cache hit costs about as much as
    the cheapest Django view. Pages are stored by their `serve()` (see `cache_for_visitors`),
    which runs only after Wagtail's own access checks."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        area = area_for_path(request.path)
        if area and is_cacheable_request(request):
            response = cached_page(request, area)
            if response is not None:
                return response
        return self.get_response(request)


def cache_for_visitors(area: str, timeout: int = DEFAULT_TIMEOUT):
    """Decorator for a Wagtail page's `serve(self, request, ...)`.

    The page type declares what its answer may vary by besides path and language:
    `cache_params`, the query parameters it reads, and `cache_targets`, the htmx targets it
    answers with a fragment. Without them only the bare URL is cached."""

    def decorator(serve):
        @wraps(serve)
        def wrapper(page, request, *args, **kwargs):
            return cached_response(
                request,
                area,
                lambda: serve(page, request, *args, **kwargs),
                params=getattr(page, "cache_params", ()),
                targets=getattr(page, "cache_targets", ()),
                timeout=timeout,
            )

        return wrapper

    return decorator
