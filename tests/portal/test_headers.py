"""Headers on every answer: what the browser may use, and what it must not keep."""

import http.server
import shutil
import threading
from pathlib import Path

import pytest
from django.urls import URLResolver, get_resolver, reverse

from portal.middleware import PERMISSIONS_POLICY
from tests.helpers import login_as

pytestmark = pytest.mark.django_db

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
# Nothing in the portal asks for these; a script injected into a page gets none of them.
DENIED_FEATURES = {"camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"}


def routes(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, route)
        else:
            yield route


def account_paths() -> list[str]:
    """Every page under /konto/ that takes no argument, from the URL conf."""
    return sorted(
        {
            "/" + route
            for route in routes()
            if route.startswith("konto/") and not any(sign in route for sign in "<(^$")
        }
    )


def directives(response) -> dict[str, str]:
    policy = response["Permissions-Policy"]
    return dict(item.strip().split("=", 1) for item in policy.split(","))


@pytest.mark.parametrize(
    "path",
    ["/", "/kommunen/", "/praxisbeispiele/", "/konto/login/", "/gibt-es-nicht/", "/cms/"],
)
def test_every_answer_denies_powerful_browser_features(client, path):
    response = client.get(path)

    assert directives(response).keys() >= DENIED_FEATURES
    assert set(directives(response).values()) == {"()"}


def test_signed_in_pages_deny_them_too(client, people):
    login_as(client, people.mitglied)

    assert directives(client.get("/kommunen/")).keys() >= DENIED_FEATURES


@pytest.mark.skipif(not CHROMIUM, reason="needs Chromium (/usr/bin/chromium)")
def test_chromium_knows_every_feature_of_the_policy():
    # An unknown feature is reported as an error in every page's console.
    from playwright.sync_api import sync_playwright

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Permissions-Policy", PERMISSIONS_POLICY)
            self.end_headers()
            self.wfile.write(b"<!doctype html><title>t</title>")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    messages = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            page.on("console", lambda message: messages.append(message.text))
            page.goto(f"http://127.0.0.1:{server.server_port}/")
            browser.close()
    finally:
        server.shutdown()

    assert [text for text in messages if "Permissions-Policy" in text] == []


def test_the_account_routes_are_found():
    paths = account_paths()

    assert {"/konto/login/", "/konto/profil/", "/konto/meine-daten/", "/konto/email/"} <= set(paths)


@pytest.mark.parametrize("path", account_paths())
def test_account_pages_are_never_stored_by_the_browser(client, people, path):
    login_as(client, people.mitglied)

    response = client.get(path)

    assert "no-store" in response["Cache-Control"], response.status_code


def test_the_data_export_is_never_stored_by_the_browser(client, people):
    login_as(client, people.mitglied)

    response = client.post(reverse("portal:privacy_export"))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_public_pages_stay_cacheable(client):
    response = client.get("/kommunen/")

    assert "no-store" not in response.get("Cache-Control", "")
