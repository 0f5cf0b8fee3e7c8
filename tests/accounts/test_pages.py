"""Every account page: the portal's layout, one h1, labelled inputs, German, CSP-clean."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from core.factories import DEFAULT_PASSWORD, UserFactory
from tests.helpers import give_totp, login_as

from .conftest import sign_in

pytestmark = pytest.mark.django_db

# English that would mean an untranslated allauth text, and the informal "du" of allauth's
# German catalogue, which the portal never uses.
ENGLISH = re.compile(r"\b(Sign In|Sign Up|Sign Out|Password|Email|Remember Me|Two-Factor|Cancel)\b")
INFORMAL = re.compile(r"\b(du|dein|deine|deinen|deiner|dich|dir)\b", re.IGNORECASE)


class PageStructure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1_count = 0
        self.inline_scripts = 0
        self.style_attributes = 0
        self.style_elements = 0
        self.fields: list[dict] = []
        self.label_targets: set[str] = set()
        self.html_lang = None
        self.has_main = False
        self.text: list[str] = []
        self._skip_text = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "style" in attrs:
            self.style_attributes += 1
        if tag == "html":
            self.html_lang = attrs.get("lang")
        elif tag == "main":
            self.has_main = True
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "script":
            self._skip_text += 1
            if "src" not in attrs:
                self.inline_scripts += 1
        elif tag == "style":
            self._skip_text += 1
            self.style_elements += 1
        elif tag == "label" and attrs.get("for"):
            self.label_targets.add(attrs["for"])
        elif tag in {"input", "select", "textarea"} and attrs.get("type") not in {
            "hidden",
            "submit",
            "button",
        }:
            self.fields.append(attrs)

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._skip_text -= 1

    def handle_data(self, data):
        if not self._skip_text:
            self.text.append(data)


def structure(response) -> PageStructure:
    assert response.status_code == 200, response
    parsed = PageStructure()
    parsed.feed(response.content.decode())
    return parsed


def anonymous(client, path):
    return client.get(path)


def member(client, path):
    login_as(client, UserFactory())
    return client.get(path)


def member_after_password_check(client, path):
    user = UserFactory()
    sign_in(client, user)
    return client.post(
        reverse("account_reauthenticate"), {"password": DEFAULT_PASSWORD, "next": path}, follow=True
    )


def member_with_totp_after_password_check(client, path):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    user = UserFactory()
    give_totp(user)
    RecoveryCodes.activate(user)
    login_as(client, user)
    client.post(reverse("account_reauthenticate"), {"password": DEFAULT_PASSWORD})
    return client.get(path)


def second_factor_stage(client, path):
    user = UserFactory()
    give_totp(user)
    sign_in(client, user)
    return client.get(path)


def signup_with_errors(client, path):
    return client.post(path, {"email": "keine-adresse"})


PAGES = {
    "login": (anonymous, "/konto/login/"),
    "signup": (anonymous, "/konto/signup/"),
    "signup with errors": (signup_with_errors, "/konto/signup/"),
    "verification sent": (anonymous, "/konto/confirm-email/"),
    "invalid confirmation link": (anonymous, "/konto/confirm-email/ungueltig/"),
    "password reset": (anonymous, "/konto/password/reset/"),
    "password reset done": (anonymous, "/konto/password/reset/done/"),
    "invalid password reset link": (anonymous, "/konto/password/reset/key/1-ungueltig/"),
    "email": (member, "/konto/email/"),
    "password change": (member, "/konto/password/change/"),
    "logout": (member, "/konto/logout/"),
    "reauthenticate": (member, "/konto/reauthenticate/"),
    "mfa overview": (member, "/konto/2fa/"),
    "mfa overview with totp": (member_with_totp_after_password_check, "/konto/2fa/"),
    "totp setup": (member_after_password_check, "/konto/2fa/totp/activate/?mfa=erforderlich"),
    "totp deactivate": (member_with_totp_after_password_check, "/konto/2fa/totp/deactivate/"),
    "second factor": (second_factor_stage, "/konto/2fa/authenticate/"),
    "recovery codes": (member_with_totp_after_password_check, "/konto/2fa/recovery-codes/"),
    "new recovery codes": (
        member_with_totp_after_password_check,
        "/konto/2fa/recovery-codes/generate/",
    ),
}


@pytest.fixture(params=PAGES, ids=str)
def page(request, client):
    open_page, path = PAGES[request.param]
    return structure(open_page(client, path))


def test_page_uses_the_portal_layout_in_german(page):
    assert page.html_lang == "de"
    assert page.has_main


def test_page_has_exactly_one_h1(page):
    assert page.h1_count == 1


def test_page_has_no_inline_script_or_style(page):
    assert (page.inline_scripts, page.style_attributes, page.style_elements) == (0, 0, 0)


def test_every_input_has_a_label(page):
    unlabelled = [f for f in page.fields if f.get("id") not in page.label_targets]
    assert not unlabelled


def test_page_text_is_formal_german(page):
    text = " ".join(page.text)
    assert not ENGLISH.findall(text)
    assert not INFORMAL.findall(text)
