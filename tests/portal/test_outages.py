"""Outages of the services behind the portal: it degrades, explains or queues, never a 500.

Each service is pointed at a closed port (or made to fail as a closed port would), the way an
operator meets it when Redis, the database or the mail server is away.
"""

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from bestpractice.factories import case_study_index, create_case_study
from core.factories import DEFAULT_PASSWORD, UserFactory
from core.page_cache import HEADER
from portal.settings.base import redis_cache

pytestmark = pytest.mark.django_db

REDIS_AWAY = "redis://127.0.0.1:1/0"


@pytest.fixture
def case_study(kommune):
    return create_case_study(case_study_index(), kommunen=[kommune], title="Digitale Bauakte")


# --- Redis -------------------------------------------------------------------------------------


@override_settings(CACHES={"default": redis_cache(REDIS_AWAY)})
def test_without_redis_pages_are_served_uncached(client, case_study):
    for _ in range(2):
        index = client.get(case_study_index().url)
        detail = client.get(case_study.url)
        home = client.get("/")
        assert (index.status_code, detail.status_code, home.status_code) == (200, 200, 200)
        assert HEADER not in index and HEADER not in detail
    assert "Digitale Bauakte" in index.content.decode()


@override_settings(CACHES={"default": redis_cache(REDIS_AWAY)})
def test_without_redis_people_still_sign_in_and_failed_logins_are_still_limited(client):
    person = UserFactory()
    signed_in = client.post(
        reverse("account_login"), {"login": person.email, "password": DEFAULT_PASSWORD}
    )
    assert signed_in.status_code == 302
    stranger = Client()
    answers = [
        stranger.post(
            reverse("account_login"), {"login": person.email, "password": "Falsch-123456"}
        ).status_code
        for _ in range(7)
    ]
    assert answers[0] == 200
    assert answers[-1] == 429
