"""The CMS shows nothing that sends staff addresses to third parties."""

import pytest

from core.factories import UserFactory
from tests.helpers import give_totp

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/cms/", "/cms/account/", "/cms/users/"])
def test_the_cms_loads_no_gravatar_image(client, path):
    # Gravatar's image address is a hash of the e-mail address: every page view would tell
    # the service who works in the CMS, and the hash can be matched to the address.
    superuser = UserFactory(is_staff=True, is_superuser=True)
    give_totp(superuser)
    client.force_login(superuser)

    response = client.get(path)

    assert response.status_code == 200
    assert "gravatar" not in response.content.decode().lower()
