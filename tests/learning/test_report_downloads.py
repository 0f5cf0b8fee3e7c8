import pytest
from django.urls import reverse

from tests.helpers import login_as

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["courses_csv", "kommunen_csv"])
def test_report_downloads_are_kept_by_no_cache(client, people, name):
    login_as(client, people.redaktion)
    response = client.get(reverse(f"learning_reports:{name}"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
