"""Outages of the services behind the portal: it degrades, explains or queues, never a 500.

Each service is pointed at a closed port (or made to fail as a closed port would), the way an
operator meets it when Redis, the database or the mail server is away.
"""

from contextlib import contextmanager
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError, connections
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.translation import gettext as _

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
    for _visit in range(2):
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
        for _attempt in range(7)
    ]
    assert answers[0] == 200
    assert answers[-1] == 429


# --- the database ------------------------------------------------------------------------------


@contextmanager
def database_away(error="OperationalError"):
    """The database server is gone: every statement fails in the driver, as on a lost
    connection, and the connection no longer answers Django's check."""
    connection = connections["default"]
    refused = getattr(connection.Database, error)("server closed the connection unexpectedly")
    with (
        mock.patch.object(connection, "create_cursor", side_effect=refused),
        mock.patch.object(connection, "is_usable", return_value=False),
    ):
        yield


def tolerant_client(**defaults):
    """A browser: it sees the answer, where Django's test client would raise the error."""
    return Client(raise_request_exception=False, **defaults)


@pytest.mark.parametrize("error", ["OperationalError", "InterfaceError"])
def test_without_the_database_visitors_get_a_german_503_that_asks_to_come_back(error):
    with database_away(error):
        response = tolerant_client().get("/")
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert '<html lang="de">' in page
    assert _("Vorübergehend nicht erreichbar") in page


def test_without_the_database_signed_in_people_and_forms_get_the_503_too(kommune):
    person = UserFactory()
    browser = tolerant_client()
    browser.force_login(person)
    with database_away():
        page = browser.get(reverse("account_email"))
        form = browser.post(
            reverse("account_login"), {"login": person.email, "password": DEFAULT_PASSWORD}
        )
    assert (page.status_code, form.status_code) == (503, 503)


def test_the_503_page_follows_the_chosen_language():
    browser = tolerant_client()
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with database_away():
        response = browser.get("/")
    assert response.status_code == 503
    assert '<html lang="en">' in response.content.decode()


def test_without_the_database_visitors_still_get_pages_the_page_cache_holds(case_study):
    url = case_study.get_parent().url
    browser = tolerant_client()
    browser.get(url)
    with database_away():
        response = browser.get(url)
    assert response.status_code == 200
    assert response[HEADER] == "hit"


def test_a_database_at_a_closed_port_counts_as_away():
    from django.db.utils import load_backend

    from core.outage import is_unreachable

    closed = {
        **connections["default"].settings_dict,
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ndk",
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": "1",
        "OPTIONS": {},
    }
    away = load_backend(closed["ENGINE"]).DatabaseWrapper(closed, alias="away")
    with pytest.raises(OperationalError):
        away.ensure_connection()
    assert is_unreachable(away)


def test_a_query_the_database_refuses_while_it_answers_stays_500():
    connection = connections["default"]
    refused = connection.Database.OperationalError('fts5: syntax error near ";"')
    with mock.patch.object(connection, "create_cursor", side_effect=refused):
        response = tolerant_client().get("/")
    assert response.status_code == 500


def test_programming_errors_stay_500():
    connection = connections["default"]
    refused = connection.Database.ProgrammingError("no such column")
    with (
        mock.patch.object(connection, "create_cursor", side_effect=refused),
        mock.patch.object(connection, "is_usable", return_value=False),
    ):
        response = tolerant_client().get("/")
    assert response.status_code == 500


# --- the mail server ---------------------------------------------------------------------------

SMTP = "django.core.mail.backends.smtp.EmailBackend"
QUEUED = "core.mail_backend.QueuedEmailBackend"

mail_server_away = override_settings(
    EMAIL_BACKEND=QUEUED,
    EMAIL_DELIVERY_BACKEND=SMTP,
    EMAIL_HOST="127.0.0.1",
    EMAIL_PORT=1,
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
)
mail_server_back = override_settings(
    EMAIL_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend"
)


def queued_mails():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path="core.mail_backend.deliver_mail")


def work_off_due_tasks() -> None:
    """What the worker (`manage.py db_worker`) does with the tasks that are due."""
    from django_tasks_db.management.commands.db_worker import Worker

    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    for row in queued_mails().ready():
        row.claim(worker.worker_id)
        worker.run_task(row)


def waiting_for(address):
    """The queued mail to `address` that waits for a later attempt, and that attempt."""
    from django.utils import timezone

    [row] = queued_mails().filter(status="READY", run_after__gt=timezone.now())
    data = row.args_kwargs["args"][0]
    assert data["to"] == [address]
    return row, row.args_kwargs["kwargs"]["attempt"]


def time_passes(row) -> None:
    from django.utils import timezone

    row.run_after = timezone.now()
    row.save(update_fields=["run_after"])


@mail_server_away
def test_without_the_mail_server_sign_up_succeeds_and_the_mail_waits_for_it():
    from django.contrib.auth import get_user_model
    from django.core import mail

    address = "erika.mustermann@musterstadt.example"
    response = tolerant_client().post(
        reverse("account_signup"),
        {
            "first_name": "Erika",
            "last_name": "Mustermann",
            "email": address,
            "password1": "Gemeinde-Verwaltung-2031",
            "password2": "Gemeinde-Verwaltung-2031",
            "kommune": "",
            "privacy_consent": "on",
        },
    )
    assert response.status_code == 302
    assert get_user_model().objects.filter(email=address).exists()

    work_off_due_tasks()  # the mail server refuses the connection
    row, attempt = waiting_for(address)
    assert attempt == 2 and mail.outbox == []

    time_passes(row)
    with mail_server_back:
        work_off_due_tasks()
    [message] = mail.outbox
    assert message.to == [address]
    assert "/konto/confirm-email/" in message.body


@mail_server_away
def test_without_the_mail_server_a_password_reset_succeeds_and_the_mail_waits_for_it():
    person = UserFactory()
    response = tolerant_client().post(reverse("account_reset_password"), {"email": person.email})
    assert response.status_code == 302
    work_off_due_tasks()
    waiting_for(person.email)


@mail_server_away
def test_a_mail_that_cannot_be_delivered_at_the_last_attempt_stays_as_a_failed_task():
    from core.mail_backend import RETRY_DELAYS

    person = UserFactory()
    tolerant_client().post(reverse("account_reset_password"), {"email": person.email})
    for _attempt in RETRY_DELAYS:
        work_off_due_tasks()
        row, attempt = waiting_for(person.email)
        time_passes(row)
    work_off_due_tasks()
    [given_up] = queued_mails().failed()
    assert given_up.args_kwargs["kwargs"]["attempt"] == len(RETRY_DELAYS) + 1
    assert given_up.args_kwargs["args"][0]["to"] == [person.email]
    assert not queued_mails().ready().exists()


def test_production_degrades_rather_than_fails_when_a_service_is_away():
    """The rules behind the tests above, as production is configured."""
    import ast

    from tests.portal.test_settings import PRODUCTION_ENV, _settings_as_json

    values = _settings_as_json(
        "portal.settings.production",
        "EMAIL_BACKEND",
        "EMAIL_DELIVERY_BACKEND",
        "EMAIL_TIMEOUT",
        "CACHES",
        "MIDDLEWARE",
        **PRODUCTION_ENV,
    )
    assert values["EMAIL_BACKEND"] == QUEUED
    assert values["EMAIL_DELIVERY_BACKEND"] == SMTP
    assert 0 < int(values["EMAIL_TIMEOUT"]) <= 30
    cache = ast.literal_eval(values["CACHES"])["default"]
    assert cache["BACKEND"] == "core.resilient_cache.ResilientRedisCache"
    assert 0 < cache["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 1
    assert 0 < cache["OPTIONS"]["SOCKET_TIMEOUT"] <= 1
    middleware = ast.literal_eval(values["MIDDLEWARE"])
    outage = middleware.index("core.outage.DatabaseOutageMiddleware")
    assert outage < middleware.index("django.contrib.sessions.middleware.SessionMiddleware")
