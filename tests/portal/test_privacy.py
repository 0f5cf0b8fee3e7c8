import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.factories import DEFAULT_PASSWORD, UserFactory
from network.factories import MembershipFactory
from network.models import Membership, Role
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


def test_privacy_page_needs_sign_in(client):
    response = client.get(reverse("portal:privacy"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_export_contains_own_data_and_no_secrets(client, kommune):
    membership = MembershipFactory(kommune=kommune, role=Role.DIGITALLOTSE)
    login_as(client, membership.user)
    response = client.post(reverse("portal:privacy_export"))
    assert response["Content-Disposition"].startswith('attachment; filename="meine-daten-')
    data = json.loads(response.content)
    assert data["konto"]["e_mail"] == membership.user.email
    assert data["mitgliedschaften"][0]["ags"] == kommune.ags
    assert data["mitgliedschaften"][0]["rolle"] == "Digitallotse/Digitallotsin"
    assert "password" not in response.content.decode()
    assert membership.user.password not in response.content.decode()


def test_export_by_get_is_refused(client):
    login_as(client, UserFactory())
    assert client.get(reverse("portal:privacy_export")).status_code == 405


def test_deletion_with_password_removes_account_and_memberships(client, kommune):
    membership = MembershipFactory(kommune=kommune, role=Role.MITGLIED)
    user = membership.user
    login_as(client, user)
    response = client.post(
        reverse("portal:privacy"), {"password": DEFAULT_PASSWORD, "confirm": "on"}, follow=True
    )
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert "Ihr Konto und Ihre Daten wurden gelöscht." in response.content.decode()
    assert not response.context["user"].is_authenticated


def test_wrong_password_deletes_nothing_and_says_so_in_german(client):
    user = UserFactory()
    login_as(client, user)
    response = client.post(reverse("portal:privacy"), {"password": "falsch", "confirm": "on"})
    assert "Das Passwort ist nicht korrekt." in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_sole_admin_must_hand_over_before_deletion(client, kommune):
    admin = MembershipFactory(kommune=kommune, role=Role.ADMIN).user
    login_as(client, admin)
    response = client.post(
        reverse("portal:privacy"), {"password": DEFAULT_PASSWORD, "confirm": "on"}
    )
    assert "Bitte übertragen Sie diese Rolle zuerst" in response.content.decode()
    assert get_user_model().objects.filter(pk=admin.pk).exists()
