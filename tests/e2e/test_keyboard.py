"""The portal works with the keyboard alone: skip link, header, and signing in."""

from django.utils.translation import gettext as _
from playwright.sync_api import expect

from core.factories import DEFAULT_PASSWORD
from tests.e2e.helpers import active_element, focus_is_visible, tab_until


def test_skip_link_is_the_first_tab_stop_and_moves_the_focus_to_the_main_content(page):
    page.goto("/")

    page.keyboard.press("Tab")

    skip_link = active_element(page)
    assert (skip_link["href"], skip_link["text"]) == ("#inhalt", _("Zum Inhalt springen"))
    assert focus_is_visible(page)
    expect(page.get_by_role("link", name=_("Zum Inhalt springen"))).to_be_in_viewport()

    page.keyboard.press("Enter")

    assert active_element(page)["id"] == "inhalt"
    page.keyboard.press("Tab")
    assert active_element(page)["inMain"], "the next Tab must continue inside the main content"


def test_header_links_are_reached_by_tab_in_reading_order_with_visible_focus(page):
    page.goto("/")

    walked = tab_until(page, lambda element: element["inMain"])

    texts = [element["text"] for element in walked]
    expected = [_(text) for text in ("Zum Inhalt springen", "Anmelden", "Registrieren")]
    expected += [_("Start"), _("Kommunen")]
    assert all(text in texts for text in expected), texts
    positions = [texts.index(text) for text in expected]
    assert positions == sorted(positions), texts

    tab_until(page, lambda element: element["text"] == _("Kommunen"), key="Shift+Tab")
    assert active_element(page)["href"] == "/kommunen/"
    assert focus_is_visible(page)


def test_sign_in_with_the_keyboard_only(page, script_errors, people):
    person = people.mitglied
    page.goto("/")

    tab_until(page, lambda element: element["href"].startswith("/konto/login/"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/login/**")

    tab_until(page, lambda element: element["name"] == "login")
    page.keyboard.type(person.email)
    tab_until(page, lambda element: element["name"] == "password")
    page.keyboard.type(DEFAULT_PASSWORD)
    with page.expect_response(lambda response: response.request.method == "POST") as login:
        page.keyboard.press("Enter")

    assert login.value.status == 302, f"the login form answered HTTP {login.value.status}"
    page.wait_for_url("/")
    expect(page.locator(".user-menu summary")).to_have_text(
        _("Konto: %(name)s") % {"name": person.get_short_name()}
    )
    assert script_errors == []
