"""The developer loop of `make run`: links follow the served port, a second run repeats
nothing unchanged, serving installs no dev tools, and the console shows each request and
each mail once."""

import io
import logging
import os
import subprocess
from pathlib import Path

from django.core.mail import EmailMessage
from django.utils.log import configure_logging

from portal.dev_mail import ConsoleMailBackend
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


def test_development_mails_are_readable_blocks_on_the_console():
    stream = io.StringIO()
    message = EmailMessage(
        "Einladung nach Würzburg", "Grüße aus Werder\nZeile zwei", to=["a@b.example"]
    )
    ConsoleMailBackend(stream=stream).send_messages([message])
    printed = stream.getvalue()
    # Decoded text, not quoted-printable MIME: umlauts as typed, one framed block.
    assert "Betreff: Einladung nach Würzburg" in printed
    assert "Grüße aus Werder\nZeile zwei" in printed
    assert "Content-Transfer-Encoding" not in printed


def test_a_missing_page_on_the_development_server_is_the_german_page(client, settings, db):
    settings.DEBUG = True
    settings.MIDDLEWARE = dev_settings.MIDDLEWARE
    for path in ("/gibt-es-nicht/", "/kommunen/99999999/"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Seite nicht gefunden" in response.content.decode()
