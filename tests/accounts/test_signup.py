"""Self sign-up: name, privacy consent, optional Kommune, and a verified e-mail address."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils.translation import gettext as _

from network.models import Membership, MembershipState

from .conftest import SIGNUP_PASSWORD, allauth_text, is_signed_in, link_in, sign_in

pytestmark = pytest.mark.django_db

User = get_user_model()


def test_signup_stores_the_name_and_asks_to_verify(client, signup_data):
    response = client.post(reverse("account_signup"), signup_data)

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    person = User.objects.get(email=signup_data["email"])
    assert (person.first_name, person.last_name) == ("Erika", "Mustermann")
    assert not EmailAddress.objects.get(user=person).verified


def test_signup_sends_a_german_verification_mail(signed_up):
    [message] = mail.outbox
    assert message.to == [signed_up["email"]]
    assert message.subject == (
        "[Netzwerk Digitale Kommune] " + _("Bitte bestätigen Sie Ihre E-Mail-Adresse")
    )
    assert _("vielen Dank für Ihre Registrierung beim Netzwerk Digitale Kommune.") in message.body
    assert "/konto/confirm-email/" in message.body


def test_verification_sent_page_is_german(client):
    response = client.get(reverse("account_email_verification_sent"))

    assert _("Bitte bestätigen Sie Ihre E-Mail-Adresse") in response.content.decode()


def test_login_before_verifying_is_sent_to_the_verification_page(client, signed_up):
    client.logout()

    response = client.post(
        reverse("account_login"),
        {"login": signed_up["email"], "password": SIGNUP_PASSWORD},
    )

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert not is_signed_in(client)


def test_confirmation_link_from_the_mail_verifies_the_address(client, signed_up):
    confirm_path = link_in(mail.outbox[0], "/konto/confirm-email/")

    page = client.get(confirm_path)
    response = client.post(confirm_path)

    assert (
        _("Bitte bestätigen Sie, dass %(email)s Ihre E-Mail-Adresse ist.")
        % {"email": signed_up["email"]}
        in page.content.decode()
    )
    assert response.status_code == 302
    assert EmailAddress.objects.get(email=signed_up["email"]).verified


def test_login_works_after_verification(client, signed_up):
    client.post(link_in(mail.outbox[0], "/konto/confirm-email/"))
    client.logout()

    response = sign_in(client, User.objects.get(email=signed_up["email"]), SIGNUP_PASSWORD)

    assert response.status_code == 302
    assert response.url == "/"
    assert is_signed_in(client)


def test_unknown_kommune_is_explained_in_german_and_the_form_keeps_the_input(
    client, signup_data, kommune
):
    signup_data["kommune"] = "Gibtsnichtdorf"

    response = client.post(reverse("account_signup"), signup_data)

    page = response.content.decode()
    assert response.status_code == 200
    assert (
        _("Wir haben keine Kommune mit diesem Namen gefunden. Bitte prüfen Sie die Schreibweise.")
        in page
    )
    for field in ("email", "first_name", "last_name", "kommune"):
        assert f'value="{signup_data[field]}"' in page
    assert SIGNUP_PASSWORD not in page
    assert not User.objects.exists()


def test_signup_with_an_ags_requests_membership_but_waits_for_the_confirmed_address(
    client, signup_data, kommune, people, django_capture_on_commit_callbacks
):
    signup_data["kommune"] = kommune.ags

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), signup_data)

    membership = Membership.objects.get(user__email=signup_data["email"])
    assert membership.kommune == kommune
    assert membership.state == MembershipState.REQUESTED
    assert not [m for m in mail.outbox if m.to == [people.kommunen_admin.email]]


def test_confirming_the_address_sends_the_request_to_the_kommune_admins(
    client, signup_data, kommune, people, django_capture_on_commit_callbacks
):
    signup_data["kommune"] = kommune.ags
    client.post(reverse("account_signup"), signup_data)
    confirm_path = link_in(mail.outbox[0], "/konto/confirm-email/")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm_path)

    admin_mails = [m for m in mail.outbox if m.to == [people.kommunen_admin.email]]
    assert len(admin_mails) == 1
    assert "Erika Mustermann möchte Musterstadt beitreten" in admin_mails[0].subject


def test_signup_without_privacy_consent_is_refused_in_german(client, signup_data):
    del signup_data["privacy_consent"]

    response = client.post(reverse("account_signup"), signup_data)

    assert response.status_code == 200
    assert (
        _("Bitte stimmen Sie der Datenschutzerklärung zu, um fortzufahren.")
        in response.content.decode()
    )
    assert not User.objects.exists()
    assert not mail.outbox


def test_password_mismatch_is_explained_formally(client, signup_data):
    signup_data["password2"] = "Etwas-ganz-anderes-2031"

    response = client.post(reverse("account_signup"), signup_data)

    error = allauth_text("You must type the same password each time.")
    assert error in response.content.decode()
    assert not re.search(r"\b(du|dein|deine)\b", error, re.IGNORECASE)


def test_name_fields_identify_their_purpose_for_autofill(client):
    # WCAG 2.1 AA, 1.3.5: fields asking for the person's own data say what they ask for.
    page = client.get(reverse("account_signup")).content.decode()

    assert 'autocomplete="given-name"' in page
    assert 'autocomplete="family-name"' in page
    assert 'autocomplete="email"' in page
    assert 'autocomplete="new-password"' in page
