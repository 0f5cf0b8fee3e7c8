"""Forgotten passwords and a changed e-mail address, in German."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils.translation import gettext as _

from core.factories import UserFactory
from tests.helpers import login_as

from .conftest import is_signed_in, link_in, sign_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Frisch-gesetzt-2031"


def test_password_reset_mail_is_german(client):
    user = UserFactory()

    response = client.post(reverse("account_reset_password"), {"email": user.email})

    assert response.url == reverse("account_reset_password_done")
    [message] = mail.outbox
    assert message.to == [user.email]
    assert message.subject == "[Netzwerk Digitale Kommune] " + _("Neues Passwort festlegen")
    intro = _("für Ihr Konto beim Netzwerk Digitale Kommune wurde ein neues Passwort angefordert.")
    assert intro in message.body
    assert "/konto/password/reset/key/" in message.body


def test_password_reset_pages_are_german(client):
    form_page = client.get(reverse("account_reset_password")).content.decode()
    done_page = client.get(reverse("account_reset_password_done")).content.decode()

    assert _("Passwort zurücksetzen") in form_page
    assert _("Bitte sehen Sie in Ihr Postfach") in done_page


def test_password_reset_link_sets_a_new_password(client):
    user = UserFactory()
    client.post(reverse("account_reset_password"), {"email": user.email})
    form_path = client.get(link_in(mail.outbox[0], "/konto/password/reset/key/")).url

    client.post(form_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert sign_in(client, user, NEW_PASSWORD).status_code == 302
    assert is_signed_in(client)


def test_password_reset_for_an_unknown_address_answers_in_german_without_revealing_it(client):
    response = client.post(reverse("account_reset_password"), {"email": "niemand@example.org"})

    assert response.url == reverse("account_reset_password_done")
    [message] = mail.outbox
    assert message.subject == (
        "[Netzwerk Digitale Kommune] " + _("Kein Konto mit dieser E-Mail-Adresse")
    )


def test_email_page_shows_the_current_address_in_german(client):
    user = UserFactory()
    login_as(client, user)

    response = client.get(reverse("account_email"))

    page = response.content.decode()
    assert _("E-Mail-Adresse ändern") in page
    assert _("Neue E-Mail-Adresse") in page
    assert f"<strong>{user.email}</strong>" in page


def test_changing_the_address_sends_a_german_confirmation_to_the_new_one(client):
    user = UserFactory()
    login_as(client, user)

    client.post(reverse("account_email"), {"email": "neu@musterstadt.example", "action_add": ""})

    [message] = mail.outbox
    assert message.to == ["neu@musterstadt.example"]
    assert message.subject == (
        "[Netzwerk Digitale Kommune] " + _("Bitte bestätigen Sie Ihre E-Mail-Adresse")
    )
    assert not EmailAddress.objects.get(email="neu@musterstadt.example").verified


def test_pending_change_is_explained_until_confirmed(client):
    user = UserFactory()
    login_as(client, user)
    client.post(reverse("account_email"), {"email": "neu@musterstadt.example", "action_add": ""})

    response = client.get(reverse("account_email"))

    page = response.content.decode()
    assert _("Änderung noch nicht bestätigt") in page
    assert f"<strong>{user.email}</strong>" in page
