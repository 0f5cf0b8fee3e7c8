"""Signing in with e-mail and password, and the lock-out after repeated failures."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from core.factories import UserFactory

from .conftest import allauth_text, is_signed_in, sign_in

pytestmark = pytest.mark.django_db

WRONG_PASSWORD = "Das-ist-falsch-123"


@pytest.mark.parametrize("create", ["create_user", "create_superuser"])
def test_user_created_by_staff_signs_in_without_verification(client, django_user_model, create):
    user = getattr(django_user_model.objects, create)(
        email="angelegt@musterstadt.example", password="Vom-Admin-angelegt-77"
    )

    response = sign_in(client, user, "Vom-Admin-angelegt-77")

    assert response.status_code == 302
    assert response.url == "/"
    assert is_signed_in(client)


def test_wrong_password_is_answered_with_a_german_form_error(client):
    user = UserFactory()

    response = sign_in(client, user, WRONG_PASSWORD)

    assert response.status_code == 200
    assert (
        allauth_text("The email address and/or password you specified are not correct.")
        in response.content.decode()
    )
    assert not is_signed_in(client)


def test_five_failed_logins_are_answered_normally(client):
    user = UserFactory()

    responses = [sign_in(client, user, WRONG_PASSWORD) for _attempt in range(5)]

    assert [response.status_code for response in responses] == [200] * 5


def test_sixth_login_attempt_is_refused_with_429_in_german(client):
    user = UserFactory()
    for _attempt in range(5):
        sign_in(client, user, WRONG_PASSWORD)

    response = sign_in(client, user)  # even the right password is refused now

    assert response.status_code == 429
    assert _("Zu viele Versuche") in response.content.decode()
    assert not is_signed_in(client)


def test_successful_login_does_not_count_towards_the_lock_out(client):
    user = UserFactory()
    for _attempt in range(10):
        sign_in(client, user)
        client.logout()

    assert sign_in(client, user).status_code == 302


def test_lock_out_is_per_account(client):
    locked, other = UserFactory(), UserFactory()
    for _attempt in range(5):
        sign_in(client, locked, WRONG_PASSWORD)

    assert sign_in(client, other).status_code == 302


def test_login_page_is_german(client):
    response = client.get(reverse("account_login"))

    page = response.content.decode()
    assert "<title>" + _("Anmelden") + " – Netzwerk Digitale Kommune</title>" in page
    assert allauth_text("Forgot your password?") in page
