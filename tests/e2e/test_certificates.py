"""A member who completed a course downloads the certificate, a visitor verifies it; the
verification pages, the code form and the reports audited with axe-core."""

import re
from pathlib import Path

import pytest
from django.utils.translation import gettext as _
from playwright.sync_api import expect

from learning import progress
from learning.certificates import issue_certificate
from learning.models import Certificate, CertificateKind
from tests.e2e.helpers import assert_no_axe_violations
from tests.helpers import give_totp
from tests.learning.certificate_helpers import finished_course
from tests.learning.test_certificate_pdf import pdf_text


@pytest.fixture
def completed_course(holder):
    """Taken through the services: every lesson done, the quiz passed."""
    course, _lessons, _enrollment = finished_course(holder, title="OZG-Grundlagen", lessons=2)
    return course


def test_download_the_certificate_and_a_visitor_verifies_it(
    page, script_errors, sign_in, holder, completed_course
):
    sign_in(page, holder)
    page.goto("/lernen/meine-kurse/")
    page.get_by_role("button", name=re.compile(_("Leistungsnachweis ausstellen"))).click()

    expect(
        page.get_by_text("Leistungsnachweis für „OZG-Grundlagen“ ausgestellt.", exact=False)
    ).to_be_visible()
    certificate = Certificate.objects.get(user=holder, kind=CertificateKind.LEISTUNG)
    with page.expect_download() as download:
        page.locator("main table").get_by_role(
            "link", name=re.compile(_("PDF herunterladen"))
        ).click()
    pdf = Path(download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "Jürgen Weiß-Öztürk" in text
    assert certificate.code in text

    # A visitor, e.g. the employer, types the code as read off the paper.
    page.context.clear_cookies()
    page.goto("/zertifikate/")
    page.get_by_label(_("Prüfcode")).fill(certificate.code.lower().replace("-", " "))
    page.get_by_role("button", name=_("Prüfen")).click()

    expect(page).to_have_url(re.compile(re.escape(f"/zertifikate/{certificate.code}/") + "$"))
    expect(page.get_by_text(_("Gültig"), exact=False)).to_be_visible()
    expect(page.get_by_text("Jürgen Weiß-Öztürk")).to_be_visible()
    expect(page.get_by_text("OZG-Grundlagen")).to_be_visible()
    assert script_errors == []


def test_no_axe_violations_on_the_verification_pages(axe_page, holder, completed_course):
    certificate = issue_certificate(holder, completed_course, CertificateKind.TEILNAHME)

    axe_page.goto("/zertifikate/")
    assert_no_axe_violations(axe_page)
    axe_page.get_by_label(_("Prüfcode")).fill("ABC-0")
    axe_page.get_by_role("button", name=_("Prüfen")).click()
    expect(axe_page.get_by_text(_("Das ist kein gültiger Prüfcode."), exact=False)).to_be_visible()
    assert_no_axe_violations(axe_page)  # the form with its error

    axe_page.goto(certificate.get_absolute_url())
    expect(axe_page.get_by_text(certificate.holder_name)).to_be_visible()
    assert_no_axe_violations(axe_page)

    axe_page.goto("/zertifikate/ABCD-EFGH-JKMN/")
    expect(axe_page.get_by_role("heading", level=1)).to_have_text(_("Prüfcode unbekannt"))
    assert_no_axe_violations(axe_page)


def test_no_axe_violations_on_my_courses_with_certificates(
    axe_page, sign_in, holder, completed_course
):
    issue_certificate(holder, completed_course, CertificateKind.TEILNAHME)
    sign_in(axe_page, holder)
    axe_page.goto("/lernen/meine-kurse/")
    expect(
        axe_page.get_by_role("button", name=re.compile(_("Leistungsnachweis ausstellen")))
    ).to_be_visible()
    assert_no_axe_violations(axe_page)


def test_no_axe_violations_on_the_reports(axe_page, sign_in, people, holder, completed_course):
    issue_certificate(holder, completed_course, CertificateKind.LEISTUNG)
    progress.enroll(people.redaktion, completed_course)  # a row "ohne Kommune", no score
    give_totp(people.netzwerkkoordination)
    sign_in(axe_page, people.netzwerkkoordination)
    axe_page.goto("/lernen/berichte/")
    expect(axe_page.get_by_role("heading", level=1)).to_have_text(_("Lernberichte"))
    assert_no_axe_violations(axe_page)
    axe_page.get_by_role("combobox", name=re.compile(_("Kurs"))).select_option(
        label="OZG-Grundlagen"
    )
    axe_page.get_by_role("button", name=_("Anzeigen")).click()
    expect(
        axe_page.get_by_role("heading", name=re.compile("Nach Kommune: OZG-Grundlagen"))
    ).to_be_visible()
    assert_no_axe_violations(axe_page)
