import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import add_message, constants
from django.contrib.messages.storage.fallback import FallbackStorage
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

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


def serve(request, producer, area="testbereich"):
    producer.request = request
    return page_cache.cached_response(request, area, producer)


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
    serve(visitor_request(HTTP_HX_REQUEST="true"), producer)
    assert producer.calls == 2


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
