"""The search page and the header autocomplete in a real browser."""

import re

import pytest
from django.utils.translation import gettext as _
from playwright.sync_api import expect

from network.factories import KommuneFactory
from search.backends import get_backend
from tests.e2e.helpers import assert_no_axe_violations


@pytest.fixture
def indexed():
    """A fresh index: the FTS5 table is not a model, so the flush between browser tests
    leaves it alone."""
    get_backend().clear()
    kommunen = [
        KommuneFactory(
            name="Musterstadt an der Havel",
            ags="12069999",
            phase=3,
            description="Glasfaser für alle Ortsteile, gefördert vom Land.",
        ),
        KommuneFactory(
            name="Musterhausen",
            ags="09162999",
            phase=2,
            description="Digitale Bürgerdienste und ein Chatbot im Bürgerbüro.",
        ),
        KommuneFactory(name="Andersdorf", ags="01003999", description="Open Data"),
    ]
    get_backend().rebuild()
    return kommunen


@pytest.mark.parametrize(
    "path", ["/suche/?q=Muster", "/suche/", "/suche/?q=Zeppelinlandeplatz", "/suche/?q=Glasfasr"]
)
def test_search_pages_have_no_axe_violations(axe_page, indexed, path):
    axe_page.goto(path)
    expect(axe_page.get_by_role("heading", level=1)).to_have_text(_("Suche"))
    assert_no_axe_violations(axe_page)


def test_facets_filter_with_htmx_and_keep_the_address(page, script_errors, indexed):
    page.goto("/suche/?q=Muster")
    status = page.get_by_role("status")
    expect(status).to_contain_text("2 Treffer")
    page.get_by_label(re.compile(r"^Brandenburg")).check()
    expect(status).to_contain_text("1 Treffer")
    expect(page).to_have_url(re.compile(r"land=12"))
    expect(page.locator(".search-hit__title")).to_have_text(["Musterstadt an der Havel"])
    assert script_errors == []


def test_autocomplete_by_keyboard(page, script_errors, indexed):
    page.goto("/")
    field = page.get_by_role("combobox", name=_("Im Netzwerk suchen"))
    field.focus()
    page.keyboard.type("Muster", delay=30)
    listbox = page.get_by_role("listbox")
    expect(listbox.get_by_role("option")).to_have_count(2)
    expect(field).to_have_attribute("aria-expanded", "true")

    page.keyboard.press("ArrowDown")
    first = listbox.get_by_role("option").first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    expect(first).to_have_attribute("aria-selected", "true")
    label = first.inner_text()

    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(label)
    assert script_errors == []


def test_escape_closes_and_enter_searches(page, indexed):
    page.goto("/kommunen/")
    field = page.get_by_role("combobox", name=_("Im Netzwerk suchen"))
    field.fill("Muster")
    field.press("End")
    expect(page.get_by_role("listbox")).to_be_visible()
    field.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    field.press("Enter")
    expect(page).to_have_url(re.compile(r"/suche/\?q=Muster$"))
    expect(page.get_by_role("status")).to_contain_text("2 Treffer")
