"""Start and stop the production HTTP server (gunicorn) for a benchmark run."""

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def manage(*args: str) -> None:
    """Run a management command with the benchmark settings in a child process."""
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"},
        check=True,
    )


def _wait_for_port(host: str, port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            return
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer on {host}:{port} within {timeout} s")


@contextlib.contextmanager
def gunicorn(host: str = "127.0.0.1", port: int = 8765, workers: int | None = None):
    """gunicorn with sync workers, one per core, as the README's deployment section runs it."""
    workers = workers or os.cpu_count() or 2
    process = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "portal.wsgi",
            "--bind",
            f"{host}:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"},
    )
    try:
        _wait_for_port(host, port)
        yield host, port
    finally:
        process.terminate()
        process.wait(timeout=30)
