"""Whole-page cache for visitors who are not signed in.

Public pages such as the case study index are the same for every anonymous visitor, so their
HTML is stored once per URL and language and served from the cache (Redis in production).
Each cached area has a generation number that is part of every key; publishing or changing
content of the area calls `purge(area)`, which increments the number, so that all of the
area's pages are rendered afresh on the next request. Old entries simply expire.

A response is only stored when it is certainly the same for everybody: a GET by a visitor
without a session and without pending messages, answered with 200, no cookie set and no
CSRF token used while rendering (a token in cached HTML would not match the next visitor's
cookie).
"""

import gzip
import hashlib
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

DEFAULT_TIMEOUT = 600
HEADER = "X-Page-Cache"
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")


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
    found = cache.get_many(keys)
    missing = {key: _fresh_generation() for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
        found.update(missing)
    return ".".join(str(found[key]) for key in keys)


def purge(area: str = EVERYWHERE) -> None:
    """Make every cached page of `area` (by default: of all areas) stale at once."""
    key = _generation_key(area)
    try:
        cache.incr(key)
    except ValueError:  # not in the cache (never used, or evicted)
        cache.set(key, _fresh_generation(), timeout=None)


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
    return len(get_messages(request)) == 0


def cache_key(request: HttpRequest, area: str) -> str:
    variant = "|".join(
        [
            request.get_host(),
            request.get_full_path(),
            get_language() or "",
            # htmx asks the same URL for a fragment, named by its target
            request.headers.get("HX-Target", "") if request.headers.get("HX-Request") else "page",
        ]
    )
    digest = hashlib.sha256(variant.encode()).hexdigest()
    return f"page-cache:{area}:{generations(area)}:{digest}"


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
    stored = cache.get(cache_key(request, area))
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
        cache.set(cache_key(request, area), (compressed, headers), timeout)
        response[HEADER] = "miss"


def cached_response(
    request: HttpRequest,
    area: str,
    produce: Callable[[], HttpResponse],
    timeout: int = DEFAULT_TIMEOUT,
) -> HttpResponse:
    """The response of `produce()`, from the cache when the request allows it."""
    if not is_cacheable_request(request):
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
    """Decorator for a Wagtail page's `serve(self, request, ...)`."""

    def decorator(serve):
        @wraps(serve)
        def wrapper(page, request, *args, **kwargs):
            return cached_response(
                request, area, lambda: serve(page, request, *args, **kwargs), timeout
            )

        return wrapper

    return decorator
