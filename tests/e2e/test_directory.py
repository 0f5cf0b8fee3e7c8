"""Finding a Kommune in the directory with the filter form, as a visitor would."""

import re

from django.utils.translation import gettext as _
from playwright.sync_api import expect


def test_filter_by_land_gives_a_shareable_address_and_leads_to_the_profile(
    page, script_errors, kommune, other_kommune
):
    page.goto("/kommunen/")

    page.get_by_label(_("Land")).select_option(label="Brandenburg")
    page.get_by_role("button", name=_("Filtern")).click()

    expect(page).to_have_url(re.compile(r"/kommunen/\?(.*&)?land=12(&|$)"))
    results = page.locator("#kommune-results tbody").get_by_role("link")
    expect(results).to_have_text([kommune.name])

    shared = page.context.new_page()
    shared.goto(page.url)
    expect(shared.get_by_label(_("Land"))).to_have_value("12")
    expect(shared.locator("#kommune-results tbody").get_by_role("link")).to_have_text(
        [kommune.name]
    )

    results.first.click()

    expect(page).to_have_url(re.compile(re.escape(kommune.get_absolute_url()) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(kommune.name)
    assert script_errors == []
