"""Browsers a person has signed in with before.

Counting failed logins per account and per address lets anybody lock a known person out by
typing their e-mail address with wrong passwords, and lets one attacker behind a town hall's
shared address lock out the whole town hall. A browser that has completed a login for an
account carries a signed cookie saying so; its attempts for that account skip those shared
limits and count against a limit of their own instead (see `AccountAdapter.pre_authenticate`).
"""

import secrets

from django.conf import settings
from django.core import signing
from django.utils.crypto import salted_hmac

DEVICE_COOKIE = "ndk_geraet"
# Sent only to the login and re-authentication pages, never to scripts.
DEVICE_COOKIE_PATH = "/konto/"
DEVICE_COOKIE_MAX_AGE = 180 * 24 * 60 * 60
_SALT = "portal.accounts.known_devices"
# A shared computer in a town hall is used by several colleagues; the oldest drops out.
MAX_ACCOUNTS_PER_DEVICE = 5


def account_tag(email: str) -> str:
    """Names the account in the cookie without writing the address into it."""
    return salted_hmac(_SALT, email.strip().lower()).hexdigest()[:32]


def _read(request) -> dict | None:
    value = request.COOKIES.get(DEVICE_COOKIE)
    if not value:
        return None
    try:
        device = signing.loads(value, salt=_SALT, max_age=DEVICE_COOKIE_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(device, dict) or not isinstance(device.get("accounts"), list):
        return None
    return device


def device_key(request, email: str) -> str | None:
    """The key this browser's own attempts for `email` are counted under, or None when the
    browser has never completed a login for that account."""
    device = _read(request)
    tag = account_tag(email)
    if device is None or tag not in device["accounts"]:
        return None
    return f"{device['nonce']}:{tag}"


def remember_device(request, response, user) -> None:
    """After a completed login: mark this browser as known for the account."""
    device = _read(request) or {"nonce": secrets.token_urlsafe(16), "accounts": []}
    tag = account_tag(user.email)
    accounts = [known for known in device["accounts"] if known != tag] + [tag]
    device["accounts"] = accounts[-MAX_ACCOUNTS_PER_DEVICE:]
    response.set_cookie(
        DEVICE_COOKIE,
        signing.dumps(device, salt=_SALT, compress=True),
        max_age=DEVICE_COOKIE_MAX_AGE,
        path=DEVICE_COOKIE_PATH,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
