"""Error pages in the portal's layout, in German, with a way back."""

from django.core.exceptions import DisallowedHost
from django.http import HttpResponseBadRequest, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _


def _error_page(request, status, title, text, offers_login=False):
    context = {"error_title": title, "error_text": text, "error_offers_login": offers_login}
    response = render(request, "error_page.html", context, status=status)
    response.is_portal_error_page = True
    return response


def bad_request(request, exception=None):
    """Also the answer to a request body over the size cap (without the proxy in front)."""
    if isinstance(exception, DisallowedHost):
        # A foreign Host header (scanners): the layout would ask for the host again and fail.
        return HttpResponseBadRequest(_("Ungültige Anfrage."), content_type="text/plain")
    return _error_page(
        request,
        400,
        _("Anfrage nicht verarbeitet"),
        _(
            "Die gesendeten Daten konnten nicht angenommen werden, meist weil sie zu groß sind. "
            "Dateien dürfen höchstens 10 MB groß sein. Bitte gehen Sie zurück und versuchen "
            "Sie es mit einer kleineren Datei."
        ),
    )


def permission_denied(request, exception=None):
    return _error_page(
        request,
        403,
        _("Zugriff nicht erlaubt"),
        _(
            "Sie haben keine Berechtigung für diese Seite. Wenn Sie meinen, dass das ein Fehler "
            "ist, wenden Sie sich an die Administration Ihrer Kommune oder an die "
            "Netzwerkkoordination."
        ),
        offers_login=True,
    )


def page_not_found(request, exception=None):
    return _error_page(
        request,
        404,
        _("Seite nicht gefunden"),
        _(
            "Diese Seite gibt es nicht (mehr). Vielleicht hilft Ihnen die Startseite oder das "
            "Kommunenverzeichnis weiter."
        ),
    )


def csrf_failure(request, reason=""):
    """A form whose CSRF token is missing or stale: mostly a page left open for long, or a
    sign-in or sign-out in another tab since. The reason stays in the log, not on the page."""
    return _error_page(
        request,
        403,
        _("Formular abgelaufen"),
        _(
            "Ihre Eingabe konnte aus Sicherheitsgründen nicht angenommen werden. Meist war die "
            "Seite zu lange geöffnet, oder Sie haben sich inzwischen in einem anderen Fenster "
            "an- oder abgemeldet. Bitte laden Sie die Seite neu und senden Sie das Formular "
            "noch einmal. Hilft das nicht, erlauben Sie Cookies für dieses Portal."
        ),
    )


def too_many_requests(request, exception=None):
    return _error_page(
        request,
        429,
        _("Zu viele Versuche"),
        _(
            "Aus Sicherheitsgründen ist diese Aktion vorübergehend gesperrt, weil es zu viele "
            "Versuche gab. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut. "
            "Wenn Sie Ihr Passwort vergessen haben, können Sie es zurücksetzen."
        ),
    )


def server_error(request):
    # A static page without context processors: whatever broke the request may break them too.
    return HttpResponseServerError(loader.get_template("500.html").render())
