"""Browsing case studies as a visitor: filter the list, open one; every page passes axe."""

import re
from decimal import Decimal

import pytest
from django.utils.translation import gettext as _
from playwright.sync_api import expect

from bestpractice.factories import FoerderprogrammFactory, case_study_index, create_case_study
from bestpractice.models import SECTIONS
from tests.e2e.helpers import assert_no_axe_violations


@pytest.fixture
def library(kommune, other_kommune, people):
    kommune.latitude, kommune.longitude = Decimal("52.4"), Decimal("13.0")
    kommune.save()
    index = case_study_index()
    programme = FoerderprogrammFactory(name="Digitale Modellregion")
    sections = {name: f"<p>Was wir zu {label} gelernt haben.</p>" for name, label in SECTIONS}
    chatbot = create_case_study(
        index,
        kommunen=[kommune],
        title="Chatbot im Bürgerbüro",
        handlungsfelder=["ki"],
        cost_one_off=12_500,
        foerderprogramm=programme,
        contact_person=people.digitallotse,
        tags=["Chatbot"],
        **sections,
    )
    create_case_study(
        index,
        kommunen=[other_kommune],
        title="Radwege-Melder",
        handlungsfelder=["mobilitaet"],
        **sections,
    )
    return {"index": index, "chatbot": chatbot}


def test_filter_then_open_a_case_study(page, script_errors, library):
    page.goto(library["index"].url)

    page.get_by_label(_("Handlungsfeld")).select_option("ki")

    expect(page).to_have_url(re.compile(r"\?(.*&)?handlungsfeld=ki(&|$)"))
    results = page.locator("#case-study-results").get_by_role("heading", level=2)
    expect(results).to_have_text(["Chatbot im Bürgerbüro"])
    expect(page.locator("#result-count")).to_contain_text("1")

    page.get_by_role("link", name="Chatbot im Bürgerbüro").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Chatbot im Bürgerbüro")
    expect(page.get_by_text("12.500\u00a0€")).to_be_visible()
    assert script_errors == []


def test_the_map_waits_for_consent(page, script_errors, library):
    page.goto(library["index"].url)
    button = page.get_by_role("button", name=_("Karte laden"))
    expect(button).to_be_visible()
    expect(page.locator("[data-map-canvas]")).to_be_hidden()
    assert script_errors == []


def test_index_has_no_axe_violations(axe_page, library):
    axe_page.goto(library["index"].url)
    assert_no_axe_violations(axe_page)


def test_filtered_index_has_no_axe_violations(axe_page, library):
    axe_page.goto(library["index"].url + "?handlungsfeld=ki&sortierung=bewertung")
    expect(axe_page.locator("#result-count")).to_contain_text("1")
    assert_no_axe_violations(axe_page)


def test_detail_has_no_axe_violations_anonymous(axe_page, library):
    axe_page.goto(library["chatbot"].url)
    assert_no_axe_violations(axe_page)


def test_detail_has_no_axe_violations_signed_in(axe_page, sign_in, people, library):
    sign_in(axe_page, people.mitglied)
    axe_page.goto(library["chatbot"].url)
    expect(axe_page.get_by_text(people.digitallotse.public_name)).to_be_visible()
    assert_no_axe_violations(axe_page)
