"""The developer loop of `make run`: links follow the served port, a second run repeats
nothing unchanged, serving installs no dev tools, and the console shows each request and
each mail once."""

import logging
import os
import subprocess
from pathlib import Path

from django.core.mail import EmailMessage
from django.utils.log import configure_logging

from portal.dev_mail import MailFolderBackend
from portal.settings import dev as dev_settings

ROOT = Path(__file__).resolve().parents[2]


def dry_run(*targets: str, **variables: str) -> str:
    """What make would run, without running it (`make -n`), with stamps in a scratch folder."""
    arguments = [f"{name}={value}" for name, value in variables.items()]
    environment = {**os.environ, "DATABASE_URL": "sqlite:////nonexistent/dry-run.sqlite3"}
    return subprocess.run(
        ["make", "-n", *targets, *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_links_follow_the_port_the_portal_is_served_on():
    commands = dry_run("run", PORT="8100", STAMPS="/tmp/ndk-dry-run-stamps")
    assert 'BASE_URL="${BASE_URL:-http://127.0.0.1:8100}"' in commands
    assert "runserver 127.0.0.1:8100" in commands


def test_serving_installs_the_dependencies_without_the_dev_tools():
    commands = dry_run("-B", ".venv/.installed-serve")
    assert "uv sync --frozen --no-dev --inexact" in commands


def test_a_second_run_repeats_nothing_that_has_not_changed(tmp_path):
    stamps = tmp_path / "stamps"
    # Stamps newer than every input: migrations, demo content and static files unchanged.
    stamps.mkdir()
    database = "sqlite:////nonexistent/dry-run.sqlite3"
    checksum = subprocess.run(
        ["cksum"], input=database, capture_output=True, text=True, check=True
    ).stdout.split()[0]
    for name in ("static", f"db-{checksum}.migrated", f"db-{checksum}.seeded"):
        (stamps / name).touch()
    commands = dry_run("run", STAMPS=str(stamps))
    for step in ("collectstatic", "migrate", "seed_demo", "search_index"):
        assert step not in commands
    assert "runserver" in commands


def test_each_request_line_reaches_the_console_once(capsys, settings):
    # As on `make run`: Django's own logging (whose console handler speaks under DEBUG)
    # and then the portal's.
    settings.DEBUG = True
    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    try:
        logging.getLogger("django.channels.server").info("GET /kommunen/ 200")
    finally:
        settings.DEBUG = False
        configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    assert capsys.readouterr().err.count("GET /kommunen/ 200") == 1


def test_development_mails_go_to_files_with_one_console_line(tmp_path, settings, caplog):
    settings.EMAIL_FILE_PATH = tmp_path
    message = EmailMessage("Einladung", "Hallo Werder\nZeile zwei", to=["admin@kommune.example"])
    with caplog.at_level(logging.INFO, logger="django.mail"):
        assert MailFolderBackend().send_messages([message]) == 1
    (stored,) = tmp_path.glob("*.eml")
    assert "Zeile zwei" in stored.read_text()
    (line,) = caplog.messages
    assert "admin@kommune.example" in line and "Einladung" in line and "\n" not in line


def test_a_missing_page_on_the_development_server_is_the_german_page(client, settings, db):
    settings.DEBUG = True
    settings.MIDDLEWARE = dev_settings.MIDDLEWARE
    for path in ("/gibt-es-nicht/", "/kommunen/99999999/"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Seite nicht gefunden" in response.content.decode()
