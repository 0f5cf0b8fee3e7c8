from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import add_message, constants
from django.contrib.messages.storage.fallback import FallbackStorage
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory, override_settings

from core import page_cache
from core.factories import UserFactory

pytestmark = pytest.mark.django_db


class Producer:
    """Counts how often the real page is rendered."""

    def __init__(self, body=b"<p>Seite</p>", status=200, use_csrf=False, cookie=False):
        self.calls = 0
        self.body, self.status, self.use_csrf, self.cookie = body, status, use_csrf, cookie
        self.request = None

    def __call__(self):
        self.calls += 1
        if self.use_csrf:
            get_token(self.request)
        response = HttpResponse(self.body + str(self.calls).encode(), status=self.status)
        if self.cookie:
            response.set_cookie("besuch", "1")
        return response


def visitor_request(path="/praxisbeispiele/?status=pilot", **extra):
    request = RequestFactory().get(path, **extra)
    request.user = AnonymousUser()
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


# What the test page declares it may vary by (see cache_for_visitors).
PARAMS = ("status", "phase")
TARGETS = ("ergebnisse",)


def serve(request, producer, area="testbereich"):
    producer.request = request
    return page_cache.cached_response(request, area, producer, params=PARAMS, targets=TARGETS)


def test_second_visitor_gets_the_stored_page():
    producer = Producer()
    first = serve(visitor_request(), producer)
    second = serve(visitor_request(), producer)
    assert producer.calls == 1
    assert second.content == first.content
    assert (first[page_cache.HEADER], second[page_cache.HEADER]) == ("miss", "hit")


def test_other_query_string_is_another_page():
    producer = Producer()
    serve(visitor_request("/praxisbeispiele/?status=pilot"), producer)
    serve(visitor_request("/praxisbeispiele/?status=idee"), producer)
    assert producer.calls == 2


def test_htmx_fragment_and_full_page_are_kept_apart():
    producer = Producer()
    serve(visitor_request(), producer)
    serve(visitor_request(HTTP_HX_REQUEST="true", HTTP_HX_TARGET="ergebnisse"), producer)
    assert producer.calls == 2


class HtmxPage(Producer):
    """Answers the fragment only to what django-htmx takes for htmx: `HX-Request: true`."""

    def __call__(self):
        response = super().__call__()
        if self.request.htmx:
            response.content = b"<li>Liste</li>"
        return response


def htmx_request(**headers):
    from django_htmx.middleware import HtmxDetails

    request = visitor_request(HTTP_HX_TARGET="ergebnisse", **headers)
    request.htmx = HtmxDetails(request)
    return request


@pytest.mark.parametrize("value", ["1", "false", "True", "yes"])
def test_a_whole_page_asked_for_with_another_hx_request_value_never_becomes_the_fragment(value):
    page = HtmxPage()
    serve(htmx_request(HTTP_HX_REQUEST=value), page)
    fragment = serve(htmx_request(HTTP_HX_REQUEST="true"), page)
    assert fragment.content == b"<li>Liste</li>"


def test_unknown_htmx_targets_are_served_but_not_stored():
    producer = Producer()
    for _ in range(2):
        answer = serve(
            visitor_request(HTTP_HX_REQUEST="true", HTTP_HX_TARGET="irgendwas"), producer
        )
        assert page_cache.HEADER not in answer
    assert producer.calls == 2


@pytest.mark.parametrize(
    "query",
    ["?status=pilot&utm_source=newsletter", "?zufall=8f3a", "?status=pilot&status=idee"],
    ids=["unknown-parameter", "only-unknown", "repeated-parameter"],
)
def test_parameters_the_page_does_not_declare_are_served_but_not_stored(query):
    producer = Producer()
    for _ in range(2):
        answer = serve(visitor_request(f"/praxisbeispiele/{query}"), producer)
        assert page_cache.HEADER not in answer
    assert producer.calls == 2


def test_thousands_of_invented_urls_store_nothing(settings):
    producer = Producer()
    stored = []
    with mock.patch.object(page_cache, "store_page", side_effect=lambda *args: stored.append(args)):
        for number in range(500):
            serve(visitor_request(f"/praxisbeispiele/?status=pilot&x{number}=1"), producer)
    assert stored == []


def test_the_order_and_spelling_of_parameters_make_one_page():
    producer = Producer()
    serve(visitor_request("/praxisbeispiele/?status=pilot&phase=2"), producer)
    again = serve(visitor_request("/praxisbeispiele/?phase=%32&status=pilot"), producer)
    assert again[page_cache.HEADER] == "hit"
    assert producer.calls == 1


def test_the_middleware_finds_a_page_stored_under_the_normalised_query(settings):
    settings.PAGE_CACHE_AREAS = {"/praxisbeispiele/": "testbereich"}
    stored = serve(visitor_request("/praxisbeispiele/?status=pilot&phase=2"), Producer())

    def routing(request):
        raise AssertionError("a stored page must be answered before routing")

    answer = page_cache.PageCacheMiddleware(routing)(
        visitor_request("/praxisbeispiele/?phase=2&status=pilot")
    )
    assert answer.content == stored.content


def test_purging_the_area_renders_afresh():
    producer = Producer()
    serve(visitor_request(), producer)
    page_cache.purge("testbereich")
    serve(visitor_request(), producer)
    assert producer.calls == 2


def test_purging_everything_reaches_every_area():
    producer = Producer()
    serve(visitor_request(), producer)
    page_cache.purge()
    serve(visitor_request(), producer)
    assert producer.calls == 2


def test_purging_another_area_keeps_this_one():
    producer = Producer()
    serve(visitor_request(), producer)
    page_cache.purge("anderer_bereich")
    serve(visitor_request(), producer)
    assert producer.calls == 1


def test_signed_in_people_never_get_or_fill_the_cache():
    producer = Producer()
    request = visitor_request()
    request.user = UserFactory()
    serve(request, producer)
    serve(visitor_request(), producer)
    assert producer.calls == 2


def test_visitor_with_a_session_is_served_fresh():
    producer = Producer()
    serve(visitor_request(), producer)
    request = visitor_request()
    request.COOKIES["sessionid"] = "abc"
    serve(request, producer)
    assert producer.calls == 2


def test_pending_messages_are_not_cached_away():
    producer = Producer()
    request = visitor_request()
    add_message(request, constants.SUCCESS, "Gespeichert")
    serve(request, producer)
    serve(visitor_request(), producer)
    assert producer.calls == 2


@pytest.mark.parametrize(
    "producer",
    [Producer(use_csrf=True), Producer(cookie=True), Producer(status=404)],
    ids=["csrf-token-in-page", "sets-a-cookie", "not-found"],
)
def test_personal_or_failed_responses_are_not_stored(producer):
    serve(visitor_request(), producer)
    serve(visitor_request(), producer)
    assert producer.calls == 2


def test_post_is_never_served_from_the_cache():
    producer = Producer()
    serve(visitor_request(), producer)
    request = visitor_request()
    request.method = "POST"
    serve(request, producer)
    assert producer.calls == 2


def test_middleware_answers_a_stored_page_before_routing(settings):
    settings.PAGE_CACHE_AREAS = {"/praxisbeispiele/": "testbereich"}
    producer = Producer()
    stored = serve(visitor_request(), producer)

    def routing(request):
        raise AssertionError("a stored page must be answered before routing")

    answer = page_cache.PageCacheMiddleware(routing)(visitor_request())
    assert answer.content == stored.content
    assert answer[page_cache.HEADER] == "hit"


def test_middleware_passes_on_paths_outside_the_cached_areas(settings):
    settings.PAGE_CACHE_AREAS = {"/praxisbeispiele/": "testbereich"}
    routed = []
    page_cache.PageCacheMiddleware(lambda request: routed.append(request) or HttpResponse())(
        visitor_request("/kommunen/")
    )
    assert len(routed) == 1


def test_switched_off_the_cache_renders_every_time(settings):
    settings.PAGE_CACHE_ENABLED = False
    producer = Producer()
    serve(visitor_request(), producer)
    serve(visitor_request(), producer)
    assert producer.calls == 2


def test_browsers_accepting_gzip_get_the_stored_page_compressed():
    import gzip

    producer = Producer(body=b"<p>Praxisbeispiele</p>" * 200)
    first = serve(visitor_request(), producer)
    hit = serve(visitor_request(HTTP_ACCEPT_ENCODING="gzip, deflate, br"), producer)
    assert hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content) == first.content
    assert len(hit.content) < len(first.content) / 10
    assert "Accept-Encoding" in hit["Vary"]


class DeclaringPage:
    """A page type as the decorator sees it: it names its parameters and htmx targets."""

    cache_params = ("status",)
    cache_targets = ("ergebnisse",)

    def __init__(self):
        self.producer = Producer()

    @page_cache.cache_for_visitors("testbereich")
    def serve(self, request):
        self.producer.request = request
        return self.producer()


class SilentPage(DeclaringPage):
    """A page type that declares nothing: only its bare URL is cached."""

    cache_params = ()
    cache_targets = ()


def test_the_decorator_stores_what_the_page_type_declares():
    page = DeclaringPage()
    page.serve(visitor_request("/praxisbeispiele/?status=pilot"))
    page.serve(visitor_request("/praxisbeispiele/?status=pilot"))
    page.serve(visitor_request("/praxisbeispiele/?phase=2"))
    page.serve(visitor_request("/praxisbeispiele/?phase=2"))
    assert page.producer.calls == 3


def test_a_page_type_that_declares_nothing_is_cached_only_without_parameters():
    page = SilentPage()
    for path in ["/praxisbeispiele/", "/praxisbeispiele/", "/praxisbeispiele/?status=pilot"]:
        page.serve(visitor_request(path))
    page.serve(visitor_request("/praxisbeispiele/", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="x"))
    assert page.producer.calls == 3


# --- Redis away --------------------------------------------------------------------------------


def redis_away():
    from portal.settings.base import redis_cache

    return override_settings(CACHES={"default": redis_cache("redis://127.0.0.1:1/0")})


def test_without_redis_pages_are_served_uncached_and_nothing_is_kept_in_process():
    producer = Producer()
    with redis_away():
        first = serve(visitor_request(), producer)
        second = serve(visitor_request(), producer)
        page_cache.purge("testbereich")
    assert producer.calls == 2
    assert page_cache.HEADER not in first and page_cache.HEADER not in second


def test_when_redis_answers_again_every_stored_page_is_made_stale():
    from django.core.cache import caches

    from core.resilient_cache import reconnected

    producer = Producer()
    serve(visitor_request(), producer)
    reconnected.send(sender=caches["default"])  # purges made while Redis was away were lost
    serve(visitor_request(), producer)
    assert producer.calls == 2
