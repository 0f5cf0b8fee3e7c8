"""Second factor: required for the staff roles, and asked for on every way into an account."""

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from django.urls import reverse
from django.utils.translation import gettext as _

from core.factories import DEFAULT_PASSWORD, UserFactory
from tests.helpers import give_totp

from .conftest import a_wrong_code, allauth_text, is_signed_in, link_in, sign_in, totp_code

pytestmark = pytest.mark.django_db

STAFF_ROLES = ["redaktion", "netzwerkkoordination"]
GUARDED_PATHS = ["/", "/kommunen/", "/cms/", "/cms/pages/"]
TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # the secret tests.helpers.give_totp stores
TOTP_SETUP_FOR_ROLE = "/konto/2fa/totp/activate/?mfa=erforderlich"
ROLE_EXPLANATION = _("Für Ihre Rolle ist ein zweiter Faktor Pflicht")


@pytest.mark.parametrize("path", GUARDED_PATHS)
@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_without_totp_is_sent_to_the_totp_setup(client, people, role, path):
    client.force_login(getattr(people, role))

    response = client.get(path)

    assert response.status_code == 302
    assert response.url == TOTP_SETUP_FOR_ROLE


@pytest.mark.parametrize("path", GUARDED_PATHS)
@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_with_totp_reaches_the_page(client, people, role, path):
    user = getattr(people, role)
    give_totp(user)
    client.force_login(user)

    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/", "/kommunen/", "/konto/profil/"])
def test_members_are_not_forced_to_set_up_totp(client, people, path):
    client.force_login(people.mitglied)

    assert client.get(path).status_code == 200


def confirm_password(client, next_path, password=DEFAULT_PASSWORD):
    """allauth asks for the password once more before anyone changes their second factor."""
    return client.post(
        reverse("account_reauthenticate"), {"password": password, "next": next_path}, follow=True
    )


def open_totp_setup_as(client, user):
    sign_in(client, user)
    return confirm_password(client, TOTP_SETUP_FOR_ROLE)


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_login_leads_to_the_totp_setup_and_explains_why(client, people, role):
    response = sign_in(client, getattr(people, role), next="/cms/", follow=True)

    visited = [url for url, _status in response.redirect_chain]
    assert visited[:2] == ["/cms/", TOTP_SETUP_FOR_ROLE]
    assert visited[-1].startswith(reverse("account_reauthenticate"))
    assert ROLE_EXPLANATION in response.content.decode()


def test_totp_setup_after_the_password_check_shows_the_qr_code_and_the_reason(client, people):
    response = open_totp_setup_as(client, people.redaktion)

    page = response.content.decode()
    assert response.redirect_chain[-1][0] == TOTP_SETUP_FOR_ROLE
    assert _("Authenticator-App einrichten") in page
    assert ROLE_EXPLANATION in page
    assert 'src="data:image/svg+xml;base64,' in page  # the QR code, allowed by img-src data:


def test_totp_setup_opened_by_choice_does_not_claim_it_is_required(client, people):
    sign_in(client, people.mitglied)

    response = confirm_password(client, reverse("mfa_activate_totp"))

    page = response.content.decode()
    assert _("Authenticator-App einrichten") in page
    assert ROLE_EXPLANATION not in page


def test_activating_totp_through_the_form_lets_the_editor_into_the_cms(client, people):
    open_totp_setup_as(client, people.redaktion)
    secret = client.session["mfa.totp.secret"]

    response = client.post(TOTP_SETUP_FOR_ROLE, {"code": totp_code(secret)})

    assert response.status_code == 302
    assert response.url == reverse("mfa_view_recovery_codes")
    assert Authenticator.objects.filter(
        user=people.redaktion, type=Authenticator.Type.TOTP
    ).exists()
    assert client.get("/cms/").status_code == 200


def test_mistyped_code_keeps_the_role_explanation(client, people):
    open_totp_setup_as(client, people.redaktion)
    wrong_code = a_wrong_code(client.session["mfa.totp.secret"])

    response = client.post(TOTP_SETUP_FOR_ROLE, {"code": wrong_code})

    page = response.content.decode()
    assert allauth_text("Incorrect code.") in page
    assert ROLE_EXPLANATION in page


def test_recovery_codes_page_lists_the_codes_in_german(client, people):
    open_totp_setup_as(client, people.redaktion)
    client.post(TOTP_SETUP_FOR_ROLE, {"code": totp_code(client.session["mfa.totp.secret"])})

    response = client.get(reverse("mfa_view_recovery_codes"))

    page = response.content.decode()
    codes = (
        Authenticator.objects.get(user=people.redaktion, type=Authenticator.Type.RECOVERY_CODES)
        .wrap()
        .get_unused_codes()
    )
    assert _("Wiederherstellungscodes") in page
    assert all(f"<code>{code}</code>" in page for code in codes)


def test_cms_sends_anonymous_visitors_to_the_portal_login(client):
    response = client.get("/cms/")

    assert response.status_code == 302
    assert response.url == "/konto/login/?next=/cms/"


def test_cms_login_asks_for_the_second_factor_after_the_password(client, people):
    give_totp(people.redaktion)

    response = sign_in(client, people.redaktion, next="/cms/")

    assert response.status_code == 302
    assert response.url == reverse("mfa_authenticate")
    assert not is_signed_in(client)
    assert client.get("/cms/").url == "/konto/login/?next=/cms/"


def test_second_factor_page_is_german(client, people):
    give_totp(people.redaktion)
    sign_in(client, people.redaktion, next="/cms/")

    response = client.get(reverse("mfa_authenticate"))

    assert _("Anmelden: zweiter Faktor") in response.content.decode()


def test_cms_login_with_a_valid_code_lands_in_the_cms(client, people):
    give_totp(people.redaktion)
    sign_in(client, people.redaktion, next="/cms/")

    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(TOTP_SECRET)})

    assert response.status_code == 302
    assert response.url == "/cms/"
    assert client.get("/cms/").status_code == 200


def test_wrong_code_keeps_the_person_signed_out(client, people):
    give_totp(people.redaktion)
    sign_in(client, people.redaktion, next="/cms/")

    response = client.post(reverse("mfa_authenticate"), {"code": a_wrong_code(TOTP_SECRET)})

    assert allauth_text("Incorrect code.") in response.content.decode()
    assert not is_signed_in(client)


# No way into an account with a second factor may end signed in without it.


def test_portal_login_without_next_asks_for_the_second_factor(client, people):
    give_totp(people.netzwerkkoordination)

    response = sign_in(client, people.netzwerkkoordination)

    assert response.url == reverse("mfa_authenticate")
    assert not is_signed_in(client)


def test_login_after_email_confirmation_asks_for_the_second_factor(client, signed_up):
    from django.contrib.auth import get_user_model

    give_totp(get_user_model().objects.get(email=signed_up["email"]))

    response = client.post(link_in(mail.outbox[0], "/konto/confirm-email/"))

    assert response.url == reverse("mfa_authenticate")
    assert not is_signed_in(client)


def test_password_reset_does_not_sign_in(client, people):
    give_totp(people.redaktion)
    client.post(reverse("account_reset_password"), {"email": people.redaktion.email})
    key_path = client.get(link_in(mail.outbox[-1], "/konto/password/reset/key/")).url

    new_password = "Ganz-neues-Passwort-9"
    client.post(key_path, {"password1": new_password, "password2": new_password})

    assert not is_signed_in(client)


def test_wagtail_login_view_does_not_skip_the_second_factor(client, people):
    give_totp(people.redaktion)

    client.post("/cms/login/", {"username": people.redaktion.email, "password": DEFAULT_PASSWORD})

    assert not is_signed_in(client)


def test_django_admin_login_does_not_skip_the_second_factor(client):
    superuser = UserFactory(is_staff=True, is_superuser=True)
    give_totp(superuser)

    client.post("/django-admin/login/", {"username": superuser.email, "password": DEFAULT_PASSWORD})

    assert not is_signed_in(client)


@pytest.mark.parametrize("kind", ["staff", "cms_permission"])
def test_anyone_who_reaches_an_admin_must_set_up_mfa(client, kind):
    from django.contrib.auth.models import Permission

    from core.factories import UserFactory

    user = UserFactory(is_staff=(kind == "staff"))
    if kind == "cms_permission":
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
