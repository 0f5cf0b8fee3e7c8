"""Settings are read in fresh interpreters: each environment's module must stand on its own."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.mail.backends import console
from django.utils.module_loading import import_string

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3Y-for-tests-only_" + "x7Qm9vR2pL4sT8wZ" * 4


def _run(args, settings_module, **env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    clean.pop("SECRET_KEY", None)
    clean.pop("ALLOWED_HOSTS", None)
    clean.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def _settings_as_json(settings_module, *names, **env):
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: str(getattr(settings, n)) for n in {list(names)!r}}}))"
    )
    result = _run(["-c", code], settings_module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_development_defaults_need_no_service():
    values = _settings_as_json(
        "portal.settings.dev", "DATABASES", "CHANNEL_LAYERS", "EMAIL_BACKEND", "CACHES"
    )
    assert "sqlite3" in values["DATABASES"]
    assert "InMemoryChannelLayer" in values["CHANNEL_LAYERS"]
    # Mail to the console: Django's console backend or one printing it more readably.
    assert issubclass(import_string(values["EMAIL_BACKEND"]), console.EmailBackend)
    assert "LocMemCache" in values["CACHES"]


def test_services_are_chosen_by_environment():
    values = _settings_as_json(
        "portal.settings.dev",
        "DATABASES",
        "CHANNEL_LAYERS",
        "CACHES",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/ndk",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert "postgresql" in values["DATABASES"]
    assert "RedisChannelLayer" in values["CHANNEL_LAYERS"]
    assert "'max_connections': 1000" in values["CHANNEL_LAYERS"]
    assert "'socket_timeout': None" in values["CHANNEL_LAYERS"]
    assert "RedisCache" in values["CACHES"]


PRODUCTION_ENV = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "portal.example",
    "DATABASE_URL": "postgres://portal@db.example:5432/ndk",
    "REDIS_URL": "redis://cache.example:6379/0",
    "BASE_URL": "https://portal.example",
    "EMAIL_HOST": "mail.example",
}


@pytest.mark.parametrize("missing", list(PRODUCTION_ENV))
def test_production_refuses_to_start_without_its_settings(missing):
    present = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = _run(["manage.py", "check"], "portal.settings.production", **present)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production" in result.stderr


def test_production_passes_the_deployment_check():
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        "portal.settings.production",
        **PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_sends_mail_in_the_background_and_never_allows_demo_logins():
    values = _settings_as_json(
        "portal.settings.production",
        "TASKS",
        "DEMO_USERS_ALLOWED",
        "SESSION_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "EMAIL_BACKEND",
        **PRODUCTION_ENV,
    )
    # Requests only queue mails; the task worker sends them through SMTP (EMAIL_DELIVERY_BACKEND).
    assert values["EMAIL_BACKEND"] == "core.mail_backend.QueuedEmailBackend"
    assert "DatabaseBackend" in values["TASKS"]
    assert values["DEMO_USERS_ALLOWED"] == "False"
    assert values["SESSION_COOKIE_SECURE"] == "True"
    assert int(values["SECURE_HSTS_SECONDS"]) >= 31536000
