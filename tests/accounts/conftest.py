import re
import time

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core import mail
from django.urls import reverse
from django.utils import translation

from core.factories import DEFAULT_PASSWORD

SIGNUP_PASSWORD = "Gemeinde-Verwaltung-2031"


def allauth_text(message: str) -> str:
    """allauth's own strings (English source) as the German portal shows them."""
    with translation.override("de"):
        return translation.gettext(message)


def totp_code(secret: str) -> str:
    """The code an authenticator app shows right now, computed the way allauth checks it."""
    from allauth.mfa import app_settings

    return format_hotp_value(hotp_value(secret, int(time.time()) // app_settings.TOTP_PERIOD))


def a_wrong_code(secret: str) -> str:
    """A code that no authenticator with this secret accepts right now."""
    valid = {format_hotp_value(hotp_value(secret, c)) for c in yield_hotp_counters_from_time()}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in valid)


def sign_in(client, user, password=DEFAULT_PASSWORD, follow=False, **extra):
    return client.post(
        reverse("account_login"),
        {"login": user.email, "password": password, **extra},
        follow=follow,
    )


def is_signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def link_in(message, path_prefix: str) -> str:
    """The first link in a mail whose path starts with `path_prefix`, as a path."""
    match = re.search(rf"https?://[^/\s]+({re.escape(path_prefix)}\S+)", message.body)
    assert match, f"no link to {path_prefix} in:\n{message.body}"
    return match.group(1)


@pytest.fixture
def signup_data():
    return {
        "first_name": "Erika",
        "last_name": "Mustermann",
        "email": "erika.mustermann@musterstadt.example",
        "password1": SIGNUP_PASSWORD,
        "password2": SIGNUP_PASSWORD,
        "kommune": "",
        "privacy_consent": "on",
    }


@pytest.fixture
def signed_up(client, db, signup_data):
    """A person who has just registered and not yet followed the verification link."""
    mail.outbox.clear()
    response = client.post(reverse("account_signup"), signup_data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return signup_data
