"""Nobody learns whether an address has an account, neither from the answer nor from its time.

Wall-clock time is too noisy for a test, so each form that could tell is checked for the work
that makes the time: both paths hash as many passwords and send as many mails.
"""

import pytest
from django.contrib.auth.hashers import get_hasher
from django.core import mail
from django.urls import reverse

from core.factories import UserFactory

pytestmark = pytest.mark.django_db

KNOWN = "bekannt@musterstadt.example"
UNKNOWN = "neu@musterstadt.example"


@pytest.fixture
def hashings(monkeypatch):
    """Counts the passwords hashed: the costly step (scrypt in production)."""
    hasher = type(get_hasher())
    counted = []
    encode = hasher.encode

    def counting_encode(self, password, salt, *args, **kwargs):
        counted.append(password)
        return encode(self, password, salt, *args, **kwargs)

    monkeypatch.setattr(hasher, "encode", counting_encode)
    return counted


def work_of(client, hashings, capture_on_commit, path, data, email):
    """What answering `data` with `email` costs, for an address with an account and without."""
    hashings.clear()
    mail.outbox.clear()
    with capture_on_commit(execute=True):  # mails may leave after the commit
        response = client.post(path, {**data, "email": email, "login": email})
    return {
        "status": response.status_code,
        "redirect": response.get("Location"),
        "hashed": len(hashings),
        "mails": len(mail.outbox),
    }


@pytest.fixture
def both_paths(client, hashings, django_capture_on_commit_callbacks):
    def both_paths(path, data):
        UserFactory(email=KNOWN)
        work = [hashings, django_capture_on_commit_callbacks, path, data]
        known = work_of(client, *work, KNOWN)
        client.cookies.clear()
        return known, work_of(client, *work, UNKNOWN)

    return both_paths


def test_signup_does_the_same_work_for_a_known_and_a_new_address(both_paths, signup_data):
    known, new = both_paths(reverse("account_signup"), signup_data)

    assert known == new
    assert new["hashed"] == 1 and new["mails"] == 1


def test_password_reset_does_the_same_work_for_a_known_and_an_unknown_address(both_paths):
    known, unknown = both_paths(reverse("account_reset_password"), {})

    assert known == unknown
    assert unknown["mails"] == 1


def test_login_does_the_same_work_for_a_known_and_an_unknown_address(both_paths):
    known, unknown = both_paths(reverse("account_login"), {"password": "Nicht-das-Passwort-1"})

    assert known == unknown
    assert unknown["hashed"] >= 1
