"""When the database cannot be reached, say so: a German 503 page with `Retry-After`.

Django turns an error anywhere in the middleware or the view into a response on the spot, so
that no outer middleware sees it; it does announce it with `got_request_exception` while
handling it. The receiver notes a database outage on the request, and the middleware, placed
near the top, replaces that request's 500 by the outage page. The page needs nothing that
could need the database: no request context (context processors read it), no session.

An outage is an operational or interface error (what the drivers raise for refused, lost or
timed-out connections) on a connection that never opened or no longer answers. The same
errors on a connection that still answers, such as a full-text query SQLite cannot parse,
are faults of the request and stay 500, as do programming errors. Under DEBUG Django's
technical page is kept.
"""

import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connections
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils import translation

RETRY_AFTER_SECONDS = 60
OUTAGE_ERRORS = (OperationalError, InterfaceError)


def is_unreachable(connection) -> bool:
    """Whether a database connection that just failed is away, rather than one query."""
    return connection.errors_occurred and (
        connection.connection is None or not connection.is_usable()
    )


@receiver(got_request_exception)
def _note_database_outage(sender, request: HttpRequest | None = None, **kwargs) -> None:
    if request is None or not isinstance(sys.exc_info()[1], OUTAGE_ERRORS):
        return
    if any(is_unreachable(connection) for connection in connections.all(initialized_only=True)):
        request.database_unavailable = True


def outage_response(request: HttpRequest) -> HttpResponse:
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    with translation.override(language):
        page = loader.get_template("503.html").render({"retry_url": request.get_full_path()})
    response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        outage = getattr(request, "database_unavailable", False)
        if outage and response.status_code == 500 and not settings.DEBUG:
            return outage_response(request)
        return response
