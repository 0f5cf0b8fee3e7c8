"""Deleting a person in the CMS follows the portal's own deletion: the same guards, the same
clean-ups."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail import hooks

from core import plugins
from core.factories import UserFactory
from network.factories import MembershipFactory
from network.models import Role
from tests.helpers import give_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    superuser = UserFactory(is_staff=True, is_superuser=True)
    give_totp(superuser)
    client.force_login(superuser)
    return client


def test_the_last_admin_of_a_kommune_cannot_be_deleted_in_the_cms(superuser_client, kommune):
    admin = MembershipFactory(kommune=kommune, role=Role.ADMIN).user

    response = superuser_client.post(
        reverse("wagtailusers_users:delete", args=[admin.pk]), follow=True
    )

    assert get_user_model().objects.filter(pk=admin.pk).exists()
    assert "einzige Person mit der Rolle Kommunen-Admin" in response.content.decode()


def test_a_member_deleted_in_the_cms_goes_through_the_clean_ups(superuser_client, kommune):
    member = MembershipFactory(kommune=kommune, role=Role.MITGLIED).user
    member_pk = member.pk
    cleaned = []
    with hooks.register_temporarily(plugins.DELETION_CLEANUPS, lambda u: cleaned.append(u.pk)):
        confirmation = superuser_client.get(reverse("wagtailusers_users:delete", args=[member.pk]))
        assert confirmation.status_code == 200
        superuser_client.post(reverse("wagtailusers_users:delete", args=[member.pk]))

    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert cleaned == [member_pk]
