"""Browser tests: Debian's headless Chromium driven by Playwright, pages checked with axe-core.

Every test here is skipped, with the reason, on machines without Chromium or without the
npm-installed axe-core; browsers are never downloaded.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections
from django.test import Client

from tests.e2e.helpers import AXE_JS, axe_results

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Kept short so that a broken page fails in seconds, not after Playwright's 30 s default.
TIMEOUT_MS = 5_000


def _missing_requirement() -> str | None:
    """Why the browser tests cannot run here, if they cannot."""
    if not CHROMIUM:
        return (
            "browser tests need Chromium (/usr/bin/chromium or `chromium` on PATH); install it "
            "with the system package manager (Debian: apt-get install chromium)"
        )
    if not AXE_JS.exists():
        return f"browser tests need axe-core at {AXE_JS}; run `npm ci`"
    return None


_E2E_DIR = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    # A collection hook rather than a module-level skip: `pytest tests/e2e` loads this file
    # while configuring, where a module-level skip aborts the run instead of skipping.
    missing = _missing_requirement()
    for item in items:
        if _E2E_DIR in item.path.parents:
            item.add_marker(pytest.mark.e2e)
            # The live server answers from another thread, so the data must be committed:
            # transactional tests. Those end with a flush of every table, which also throws
            # away what the migrations put there (the Wagtail root and HomePage with its Site,
            # the role groups, locales, content types). serialized_rollback saves that state
            # once after migrating and loads it back before each of these tests; recreating
            # it in a fixture would have to repeat half of Wagtail's and portal's migrations.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))
            if missing:
                item.add_marker(pytest.mark.skip(reason=missing))


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the package; package scope stops it right after the last e2e test.

    While Playwright's sync API is started, its event loop counts as running in the main
    thread, so Django refuses ORM calls there unless DJANGO_ALLOW_ASYNC_UNSAFE is set. The
    variable is set only for that time: set globally, it would also hide real async-safety
    mistakes in the rest of the suite (websocket consumers).
    """
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # With a running loop, Django also keeps database connections per async context instead
    # of per thread, so this thread would get a second connection, one without the test
    # database's saved state when other tests set the database up first (serialized_rollback
    # would then silently restore nothing). The thread's connections are carried over.
    thread_connections = {alias: connections[alias] for alias in connections}
    playwright = sync_playwright().start()
    for alias, connection in thread_connections.items():
        connections[alias] = connection
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _new_page(browser, live_server, *, bypass_csp):
    context = browser.new_context(base_url=live_server.url, locale="de-DE", bypass_csp=bypass_csp)
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


@pytest.fixture
def page(browser, live_server):
    """A page under the portal's real Content-Security-Policy, for walks through the portal."""
    context, page = _new_page(browser, live_server, bypass_csp=False)
    yield page
    context.close()


@pytest.fixture
def axe_page(browser, live_server):
    """A page for accessibility audits.

    axe-core cannot run under the portal's policy (script-src 'self'): injecting it is an
    inline script, and parts of axe build functions from strings, which the policy forbids
    once axe.run continues asynchronously. So this context bypasses the policy; the walks
    use `page`, which keeps it.
    """
    context, page = _new_page(browser, live_server, bypass_csp=True)
    yield page
    context.close()


@pytest.fixture
def script_errors(page):
    """Uncaught errors and Content-Security-Policy violations seen by `page`."""
    errors = []

    def on_console(message):
        if message.type == "error" and "Content Security Policy" in message.text:
            errors.append(message.text)

    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", on_console)
    return errors


@pytest.fixture
def sign_in(live_server):
    """Sign a person in by handing the browser a session made by the test client.

    Faster than the login form, which only the keyboard walk goes through.
    """

    def sign_in(page, user):
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session.value, "url": live_server.url}]
        )

    return sign_in


def pytest_terminal_summary(terminalreporter):
    if not axe_results:
        return
    terminalreporter.section("axe-core (WCAG 2.1 A/AA) per page")
    for test, url, count, incomplete in axe_results:
        to_review = f"  (to review by hand: {', '.join(incomplete)})" if incomplete else ""
        terminalreporter.write_line(f"{count} violation(s)  {url}  [{test}]{to_review}")
