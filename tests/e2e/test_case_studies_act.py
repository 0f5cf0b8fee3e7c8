"""Acting on case studies in the browser: bookmark and compare as a member; submit as a
Digitallotse until the Redaktion publishes; axe on every page of these walks."""

import re

import pytest
from django.utils.translation import gettext as _
from playwright.sync_api import expect

from bestpractice.factories import case_study_index, create_case_study
from bestpractice.models import SECTIONS, CaseStudyPage
from tests.e2e.helpers import assert_no_axe_violations


@pytest.fixture
def library(kommune, other_kommune, people):
    index = case_study_index()
    sections = {name: f"<p>Was wir zu {label} gelernt haben.</p>" for name, label in SECTIONS}
    chatbot = create_case_study(
        index,
        kommunen=[other_kommune],
        title="Chatbot im Bürgerbüro",
        cost_one_off=12_500,
        contact_person=people.fremder_admin,
        **sections,
    )
    radweg = create_case_study(
        index, kommunen=[other_kommune], title="Radwege-Melder", cost_one_off=4_000, **sections
    )
    return {"index": index, "chatbot": chatbot, "radweg": radweg}


def test_bookmark_then_compare(page, script_errors, sign_in, people, library):
    sign_in(page, people.mitglied)
    page.goto(library["chatbot"].url)

    page.get_by_role("button", name=_("Auf die Merkliste")).click()
    expect(page.locator("#engagement-status")).to_have_text(_("Auf die Merkliste gesetzt."))
    expect(page.get_by_role("button", name=_("Von der Merkliste entfernen"))).to_be_visible()
    page.get_by_role("button", name=_("Zum Vergleich vormerken")).click()
    expect(page.get_by_role("button", name=_("Aus dem Vergleich entfernen"))).to_be_visible()

    page.goto(library["radweg"].url)
    page.get_by_role("button", name=_("Auf die Merkliste")).click()
    expect(page.get_by_role("button", name=_("Von der Merkliste entfernen"))).to_be_visible()

    # From the Merkliste: tick both and compare.
    page.get_by_role("link", name=_("Zur Merkliste")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(_("Merkliste"))
    page.get_by_label("„Chatbot im Bürgerbüro“ vergleichen").check()
    page.get_by_label("„Radwege-Melder“ vergleichen").check()
    page.get_by_role("button", name=_("Auswahl vergleichen")).click()

    expect(page).to_have_url(re.compile(r"/praxisbeispiele/vergleich/\?ids="))
    headers = page.locator("thead th[scope=col]")
    expect(headers).to_have_text(["Radwege-Melder", "Chatbot im Bürgerbüro"])
    expect(page.get_by_role("rowheader", name=str(SECTIONS[0][1]))).to_be_visible()
    expect(page.get_by_text("12.500\u00a0€")).to_be_visible()
    assert script_errors == []


def test_rating_and_want_too_update_in_place(page, script_errors, sign_in, people, library):
    sign_in(page, people.digitallotse)
    page.goto(library["chatbot"].url)
    page.get_by_label(_("5 – sehr nützlich")).check()
    page.get_by_role("button", name=_("Bewertung speichern")).click()
    expect(page.locator("#engagement-status")).to_contain_text("5 von 5")
    page.get_by_label(_("Ihre Nachricht an die Verantwortlichen")).fill("Wir starten im Herbst.")
    page.get_by_role("button", name=re.compile(_("Das wollen wir auch"))).click()
    expect(
        page.get_by_text("Musterstadt hat Interesse an der Nachnutzung bekundet.")
    ).to_be_visible()
    assert script_errors == []


def test_comparison_and_merkliste_have_no_axe_violations(axe_page, sign_in, people, library):
    from bestpractice import engagement

    for key in ("chatbot", "radweg"):
        engagement.bookmark(people.mitglied, library[key])
    sign_in(axe_page, people.mitglied)
    axe_page.goto("/praxisbeispiele/merkliste/")
    expect(axe_page.get_by_role("heading", level=1)).to_have_text(_("Merkliste"))
    assert_no_axe_violations(axe_page)
    axe_page.goto(f"/praxisbeispiele/vergleich/?ids={library['chatbot'].pk},{library['radweg'].pk}")
    expect(axe_page.locator("table")).to_be_visible()
    assert_no_axe_violations(axe_page)
    axe_page.set_viewport_size({"width": 375, "height": 800})  # stacked on a phone
    assert_no_axe_violations(axe_page)


def test_detail_with_the_actions_has_no_axe_violations(axe_page, sign_in, people, library):
    sign_in(axe_page, people.digitallotse)
    axe_page.goto(library["chatbot"].url)
    expect(axe_page.locator("#engagement-actions")).to_be_visible()
    assert_no_axe_violations(axe_page)


def _fill_submission(page, kommune):
    page.get_by_label(_("Titel")).fill("Digitale Bauakte")
    page.get_by_label(kommune.name).check()
    page.get_by_label(_("Kurzbeschreibung")).fill("Bauanträge kommen digital und vollständig an.")
    page.get_by_label("Digitale Bürgerdienste & E-Government").check()
    page.get_by_label(_("Digitalisierungsphase zu Projektbeginn")).select_option("3")
    page.get_by_label(_("Status"), exact=True).select_option("betrieb")


def test_submit_review_publish(page, axe_page, script_errors, sign_in, people, kommune, library):
    sign_in(axe_page, people.digitallotse)
    axe_page.goto("/praxisbeispiele/einreichen/")
    expect(axe_page.get_by_role("heading", level=1)).to_have_text(_("Praxisbeispiel einreichen"))
    assert_no_axe_violations(axe_page)

    # Submitting without the sections: German errors, and what was typed stays.
    _fill_submission(axe_page, kommune)
    axe_page.get_by_role("button", name=_("Zur Prüfung einreichen")).click()
    expect(axe_page.get_by_role("alert")).to_contain_text(_("Bitte prüfen Sie Ihre Eingaben"))
    expect(axe_page.get_by_label(_("Titel"))).to_have_value("Digitale Bauakte")
    assert_no_axe_violations(axe_page)

    sign_in(page, people.digitallotse)
    page.goto("/praxisbeispiele/einreichen/")
    _fill_submission(page, kommune)
    page.get_by_role("button", name=_("Entwurf speichern")).click()
    expect(page.get_by_text(_("Zum Einreichen fehlen noch diese Abschnitte:"))).to_be_visible()
    for name, label in SECTIONS:
        page.locator(f"#id_{name}").fill(f"Unsere Erfahrung zu {label}.")
    page.get_by_role("button", name=_("Zur Prüfung einreichen")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(_("Meine Einreichungen"))
    expect(page.get_by_role("row", name=re.compile("Digitale Bauakte"))).to_contain_text(
        _("in Prüfung")
    )
    assert script_errors == []

    # The Redaktion approves through Wagtail's workflow, as the CMS's "Approve" does.
    submitted = CaseStudyPage.objects.get(draft_title="Digitale Bauakte")
    task_state = submitted.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, people.redaktion, "approve")

    page.reload()
    expect(page.get_by_role("row", name=re.compile("Digitale Bauakte"))).to_contain_text(
        _("veröffentlicht")
    )
    page.get_by_role("link", name="„Digitale Bauakte“ ansehen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Digitale Bauakte")

    axe_page.goto("/praxisbeispiele/meine-einreichungen/")
    assert_no_axe_violations(axe_page)
