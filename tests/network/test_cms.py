"""The network office's side: Kommunen and memberships in the Wagtail admin."""

import pytest

from network.factories import KommuneFactory
from tests.helpers import login_as

pytestmark = pytest.mark.django_db

KOMMUNE_LIST = "/cms/snippets/network/kommune/"


def test_coordination_lists_and_filters_kommunen(client, people):
    KommuneFactory(name="Hansestadt Lübeck", ags="01003000")
    KommuneFactory(name="Werder (Havel)", ags="12069656")
    login_as(client, people.netzwerkkoordination)
    response = client.get(KOMMUNE_LIST, {"land": "01"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Hansestadt Lübeck" in html
    assert "Werder (Havel)" not in html


def test_coordination_exports_kommunen_as_csv(client, people):
    KommuneFactory(name="Hansestadt Lübeck", ags="01003000", population=218_000)
    login_as(client, people.netzwerkkoordination)
    response = client.get(KOMMUNE_LIST, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode()
    assert "01003000" in content
    assert "Hansestadt Lübeck" in content


@pytest.mark.parametrize("role", ["mitglied", "digitallotse", "kommunen_admin"])
def test_municipal_roles_have_no_cms_access(client, people, role):
    login_as(client, getattr(people, role))
    response = client.get(KOMMUNE_LIST)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_redaktion_may_read_but_not_change_kommunen(client, people):
    kommune = KommuneFactory(name="Hansestadt Lübeck", ags="01003000")
    login_as(client, people.redaktion)
    assert client.get(KOMMUNE_LIST).status_code == 200
    assert client.get(f"{KOMMUNE_LIST}edit/{kommune.pk}/").status_code in {302, 403}


MEMBERSHIP_LIST = "/cms/snippets/network/membership/"


def test_coordination_lists_and_exports_memberships_but_cannot_edit_them(client, people):
    from network.models import Membership

    membership = Membership.objects.get(user=people.mitglied)
    login_as(client, people.netzwerkkoordination)
    assert client.get(MEMBERSHIP_LIST).status_code == 200
    export = client.get(MEMBERSHIP_LIST, {"export": "csv"})
    assert "Musterstadt" in b"".join(export.streaming_content).decode()
    assert client.get(f"{MEMBERSHIP_LIST}inspect/{membership.pk}/").status_code == 200
    edit = client.get(f"{MEMBERSHIP_LIST}edit/{membership.pk}/")
    assert edit.status_code in {302, 403}
