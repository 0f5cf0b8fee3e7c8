"""Login limits that stop guessing without letting one attacker lock others out.

A town hall's whole staff reaches the portal from one address (NAT), production answers
behind a reverse proxy, and anybody can type a colleague's e-mail address: none of that may
turn the limits into a way to lock out a Kommune or a known person.
"""

import time

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.translation import gettext as _

from core.factories import DEFAULT_PASSWORD, UserFactory
from tests.helpers import give_totp
from tests.portal.test_settings import PRODUCTION_ENV, _settings_as_json

from .conftest import a_wrong_code, is_signed_in

pytestmark = pytest.mark.django_db

WRONG_PASSWORD = "Das-ist-falsch-123"
TOWN_HALL = "192.0.2.10"
PROXY = "10.0.0.1"
ATTACKER, COLLEAGUE = "203.0.113.7", "198.51.100.9"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # the secret tests.helpers.give_totp stores


def attempt(client, user, password=DEFAULT_PASSWORD, **headers):
    return client.post(
        reverse("account_login"), {"login": user.email, "password": password}, **headers
    )


def fail_repeatedly(client, user, times, **headers):
    for _attempt in range(times):
        assert attempt(client, user, WRONG_PASSWORD, **headers).status_code == 200


def sign_in_once_and_out(client, user):
    """The person's own browser: it has signed in before, so the portal knows it."""
    assert attempt(client, user).status_code == 302
    client.post(reverse("account_logout"))  # as a browser does: the test client's logout()
    assert not is_signed_in(client)  # would forget every cookie


class FrozenClock:
    """The clock allauth's rate limits read, moved by hand."""

    def __init__(self):
        self.now = time.time()

    def time(self):
        return self.now

    def monotonic(self):
        return time.monotonic()

    def sleep(self, seconds):
        time.sleep(seconds)


@pytest.fixture
def other_browser():
    return Client()


@pytest.fixture
def address_limit_of_three(settings):
    """The per-address limit made small, for tests about whose address is counted."""
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "login_failed": "3/5m/ip,5/5m/key",
    }


@pytest.fixture
def clock(monkeypatch):
    frozen = FrozenClock()
    monkeypatch.setattr("allauth.core.internal.ratelimit.time", frozen)
    return frozen


# Behind the reverse proxy every request comes from the proxy's address.


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_failures_of_one_client_behind_the_proxy_do_not_lock_out_another(
    client, address_limit_of_three
):
    for victim in UserFactory.create_batch(4):
        attempt(client, victim, WRONG_PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)

    response = attempt(client, UserFactory(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=COLLEAGUE)

    assert response.status_code == 302


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_a_client_cannot_escape_its_limit_with_a_forged_forwarded_for_entry(
    client, address_limit_of_three
):
    for number, victim in enumerate(UserFactory.create_batch(4)):
        # The proxy appends the address it saw; what the client sent comes before it.
        forged = f"198.51.100.{number}, {ATTACKER}"
        attempt(client, victim, WRONG_PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forged)

    response = attempt(client, UserFactory(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)

    assert response.status_code == 429


def test_production_trusts_one_proxy_and_its_https_header_by_default():
    values = _settings_as_json(
        "portal.settings.production",
        "ALLAUTH_TRUSTED_PROXY_COUNT",
        "ALLAUTH_TRUSTED_CLIENT_IP_HEADER",
        "SECURE_PROXY_SSL_HEADER",
        **PRODUCTION_ENV,
    )

    assert values == {
        "ALLAUTH_TRUSTED_PROXY_COUNT": "1",
        "ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "None",
        "SECURE_PROXY_SSL_HEADER": "('HTTP_X_FORWARDED_PROTO', 'https')",
    }


def test_proxy_settings_come_from_the_environment():
    values = _settings_as_json(
        "portal.settings.production",
        "ALLAUTH_TRUSTED_PROXY_COUNT",
        "ALLAUTH_TRUSTED_CLIENT_IP_HEADER",
        "SECURE_PROXY_SSL_HEADER",
        **PRODUCTION_ENV,
        TRUSTED_PROXY_COUNT="2",
        TRUSTED_CLIENT_IP_HEADER="X-Real-IP",
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Scheme",
    )

    assert values == {
        "ALLAUTH_TRUSTED_PROXY_COUNT": "2",
        "ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "X-Real-IP",
        "SECURE_PROXY_SSL_HEADER": "('HTTP_X_FORWARDED_SCHEME', 'https')",
    }


def test_an_empty_https_header_setting_trusts_no_header():
    values = _settings_as_json(
        "portal.settings.production",
        "SECURE_PROXY_SSL_HEADER",
        **PRODUCTION_ENV,
        SECURE_PROXY_SSL_HEADER="",
    )

    assert values == {"SECURE_PROXY_SSL_HEADER": "None"}


def test_development_trusts_no_forwarded_header():
    # Without a proxy in front, X-Forwarded-For is whatever the client writes into it.
    values = _settings_as_json("portal.settings.dev", "ALLAUTH_TRUSTED_PROXY_COUNT")

    assert values == {"ALLAUTH_TRUSTED_PROXY_COUNT": "0"}


# One address shared by a whole town hall.


def test_typos_of_a_whole_town_hall_do_not_lock_out_the_next_colleague(client):
    for colleague in UserFactory.create_batch(25):
        attempt(client, colleague, WRONG_PASSWORD, REMOTE_ADDR=TOWN_HALL)

    response = attempt(client, UserFactory(), REMOTE_ADDR=TOWN_HALL)

    assert response.status_code == 302


def test_a_town_hall_signs_in_more_than_thirty_people_a_minute(client):
    colleagues = UserFactory.create_batch(40)

    statuses = {attempt(client, person, REMOTE_ADDR=TOWN_HALL).status_code for person in colleagues}

    assert statuses == {302}


def test_an_attacker_in_the_town_hall_cannot_lock_out_a_known_browser(
    client, other_browser, address_limit_of_three
):
    person = UserFactory()
    sign_in_once_and_out(client, person)
    for victim in UserFactory.create_batch(4):
        attempt(other_browser, victim, WRONG_PASSWORD, REMOTE_ADDR=TOWN_HALL)

    assert attempt(other_browser, UserFactory(), REMOTE_ADDR=TOWN_HALL).status_code == 429
    assert attempt(client, person, REMOTE_ADDR=TOWN_HALL).status_code == 302


# One known account.


def test_a_known_browser_signs_in_while_an_attacker_locks_the_account(client, other_browser):
    person = UserFactory()
    sign_in_once_and_out(client, person)
    fail_repeatedly(other_browser, person, 5)

    assert attempt(other_browser, person).status_code == 429
    assert attempt(client, person).status_code == 302
    assert is_signed_in(client)


def test_the_lock_out_lifts_after_five_minutes(client, clock):
    person = UserFactory()
    fail_repeatedly(client, person, 5)
    assert attempt(client, person).status_code == 429

    clock.now += 5 * 60 + 1

    assert attempt(client, person).status_code == 302


def test_a_known_browser_still_has_a_limit_of_its_own(client):
    person = UserFactory()
    sign_in_once_and_out(client, person)
    fail_repeatedly(client, person, 5)

    response = attempt(client, person)

    assert response.status_code == 429
    assert _("Zu viele Versuche") in response.content.decode()


def test_a_browser_known_for_one_account_is_a_stranger_to_another(client, other_browser):
    person, colleague = UserFactory(), UserFactory()
    sign_in_once_and_out(client, person)
    fail_repeatedly(other_browser, colleague, 5)

    assert attempt(client, colleague).status_code == 429


def test_a_forged_device_cookie_is_not_trusted(client, other_browser):
    from portal.accounts.known_devices import DEVICE_COOKIE

    person = UserFactory()
    sign_in_once_and_out(other_browser, person)
    value, _separator, signature = other_browser.cookies[DEVICE_COOKIE].value.rpartition(":")
    client.cookies[DEVICE_COOKIE] = f"{value}:{signature[::-1]}"
    fail_repeatedly(Client(), person, 5)

    assert attempt(client, person).status_code == 429


def test_the_device_cookie_is_only_sent_to_the_account_pages_and_not_to_scripts(client):
    from portal.accounts.known_devices import DEVICE_COOKIE

    sign_in_once_and_out(client, UserFactory())

    cookie = client.cookies[DEVICE_COOKIE]
    assert cookie["path"] == "/konto/"
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


# The second factor.


def test_repeated_wrong_second_factor_codes_answer_429(client, people):
    give_totp(people.redaktion)
    attempt(client, people.redaktion)
    wrong = a_wrong_code(TOTP_SECRET)
    for _attempt in range(5):
        client.post(reverse("mfa_authenticate"), {"code": wrong})

    response = client.post(reverse("mfa_authenticate"), {"code": wrong})

    assert response.status_code == 429
    assert _("Zu viele Versuche") in response.content.decode()
    assert not is_signed_in(client)
