from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from core.permissions import needs_mfa

from .views import page_not_found

# Browser features no page of the portal uses, denied to every page and frame, so that an
# injected script gets none of them. Only features Chromium knows: it reports unknown ones as
# errors on every page (tests/portal/test_headers.py). Video and fullscreen stay allowed for
# the lessons' videos.
DENIED_FEATURES = (
    "accelerometer",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)
# Account pages and the data export show personal data: a shared town-hall computer's browser
# must not keep them for the next person (back button, disk cache).
NO_STORE_PREFIXES = ("/konto/",)


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path.startswith(NO_STORE_PREFIXES):
            add_never_cache_headers(response)
        return response


# Paths a user without MFA must still reach: to set it up, to sign out, and the assets.
MFA_SETUP_ALLOWED_PREFIXES = ("/konto/", "/static/", "/media/", "/i18n/")


def has_mfa(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireMfaForStaffRolesMiddleware:
    """Redaktion and Netzwerkkoordination can do nothing else until they have set up TOTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not request.path.startswith(MFA_SETUP_ALLOWED_PREFIXES)
            and needs_mfa(request.user)
            and not has_mfa(request.user)
        ):
            return redirect(reverse("mfa_activate_totp") + "?mfa=erforderlich")
        return self.get_response(request)


class ChosenLanguageMiddleware:
    """German unless the person chose English with the language switch.

    Django's LocaleMiddleware follows the browser's Accept-Language; staff of German
    administrations often work with English browsers and expect the portal in German.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings
        from django.utils import translation

        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class GermanNotFoundPageMiddleware:
    """Under DEBUG Django answers a missing page with its English technical page. On `make run`
    people try the portal as visitors would, so they get the German page (the missing path is
    in the console log). Only in the development settings."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 404
            and not getattr(response, "is_portal_error_page", False)
            and response.get("Content-Type", "").startswith("text/html")
        ):
            return page_not_found(request)
        return response
