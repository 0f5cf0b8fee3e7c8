"""`make prod-smoke`: the production stack of deploy/ on loopback, checked through nginx.

    .venv/bin/python deploy/smoke.py [--keep]

Creates a database of its own (`ndk_smoke_<run>`, a copy of a migrated template that is
rebuilt when the migrations change) with the demo network and a member, collects the static
files with the production storage, makes a self-signed certificate, and starts gunicorn
(deploy/gunicorn.conf.py), daphne (deploy/daphne.sh) and nginx (deploy/nginx/portal.conf) on
free loopback ports with `portal.settings.production`, given only the variables it requires.
Then it checks through nginx, over HTTPS: pages and their security headers, gzip, static and
uploaded files, a sign-in, the body-size limit and the websocket upgrade. One line per check;
exits 1 when one fails. The processes are always stopped and the database dropped; the
temporary directory (configuration, logs) is kept when something failed.

PostgreSQL: DATABASE_URL's server when it names one (as in CI), else 127.0.0.1:5432 as
postgres. Redis: SMOKE_REDIS_URL [redis://127.0.0.1:6379/13], keys under a prefix of the run.
"""

from __future__ import annotations

import argparse
import base64
import concurrent.futures
import contextlib
import datetime
import gzip
import hashlib
import http.client
import ipaddress
import os
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from email.message import Message
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlparse

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
# The body-size limit, as deploy/nginx/portal.conf sets it (client_max_body_size, megabytes).
BODY_LIMIT = (
    1024
    * 1024
    * int(
        re.search(r"client_max_body_size (\d+)m;", (DEPLOY / "nginx" / "portal.conf").read_text())[
            1
        ]
    )
)
# Variables that would change what production does; the smoke runs on the defaults.
UNSET = [
    "CSRF_TRUSTED_ORIGINS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "ELASTICSEARCH_URL",
    "SEARCH_BACKEND",
    "TASKS_BACKEND",
    "PAGE_CACHE_ENABLED",
    "EMAIL_HOST",
    "TRUSTED_PROXY_COUNT",
]


def log(message: str) -> None:
    print(message, flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def answers(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=1):
        return True
    return False


def server_url() -> str:
    """PostgreSQL server and credentials: DATABASE_URL's when it names PostgreSQL (CI), else
    the local server. The database name is the smoke's own."""
    url = urlparse(os.environ.get("DATABASE_URL", ""))
    if url.scheme.startswith("postgres"):
        return url._replace(path="/postgres").geturl()
    return f"postgres://postgres@{HOST}:5432/postgres"


def redis_url() -> str:
    return os.environ.get("SMOKE_REDIS_URL", f"redis://{HOST}:6379/13")


# --- Preparation ------------------------------------------------------------------------------


def schema_fingerprint() -> str:
    """What the migrated schema depends on: the project's migrations and the locked package
    versions (Django's, Wagtail's and allauth's migrations come with those)."""
    digest = hashlib.sha256()
    files = sorted(ROOT.glob("*/migrations/*.py")) + sorted(ROOT.glob("*/*/migrations/*.py"))
    for path in [*files, ROOT / "uv.lock"]:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def create_database(server: str, name: str, migrate) -> str:
    """Creates `name` as a copy of a migrated template, which is built (by `migrate(url)`)
    only when the migrations changed: migrating from scratch takes most of a minute, a copy a
    second. An advisory lock keeps parallel runs from building or copying at the same time."""
    import psycopg

    template = f"ndk_smoke_template_{schema_fingerprint()}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(hashtext('ndk-smoke-template'))")
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
        built = ""
        if not exists.fetchone():
            start = time.perf_counter()
            stale = conn.execute(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %s)",
                ["ndk_smoke_template_"],
            ).fetchall()
            for (old,) in stale:
                conn.execute(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
            # Built under another name: a run killed while migrating leaves no half template.
            building = f"{template}_building"
            conn.execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{building}"')
            migrate(urlparse(server)._replace(path=f"/{building}").geturl())
            conn.execute(f'ALTER DATABASE "{building}" RENAME TO "{template}"')
            built = f"migrated a new template in {time.perf_counter() - start:.0f} s, "
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        conn.execute("SELECT pg_advisory_unlock(hashtext('ndk-smoke-template'))")
    return f"{built}copied {template}"


def drop_database(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def forget_cache(url: str, prefix: str) -> None:
    """Deletes this run's keys from the shared Redis database."""
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=3)
    for key in client.scan_iter(match=f"{prefix}*", count=1000):
        client.delete(key)


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, so that the smoke speaks HTTPS as production
    does: secure cookies, HSTS and the X-Forwarded-Proto path are then the real ones."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "tls.crt", directory / "tls.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


CREATE_USER = """
import os
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from network.models import Kommune, Membership, MembershipState, Role

# The demo accounts are not allowed in production (DEMO_USERS_ALLOWED), so one of its own.
user = get_user_model().objects.create_user(
    email=os.environ["SMOKE_EMAIL"], password=os.environ["SMOKE_PASSWORD"],
    first_name="Smoke", last_name="Test",
)
# allauth lets only verified addresses sign in (creating the user may have added it).
EmailAddress.objects.update_or_create(
    user=user, email=user.email, defaults={"verified": True, "primary": True}
)
# Digitallotse of a Kommune: may open the case study form, whose upload limit is checked.
Membership.objects.create(
    user=user, kommune=Kommune.objects.order_by("ags").first(), role=Role.DIGITALLOTSE,
    state=MembershipState.CONFIRMED, is_primary=True,
)
"""


def render(template: Path, values: dict[str, str]) -> str:
    text = template.read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    if left := sorted(set(re.findall(r"@[A-Z_]+@", text))):
        raise RuntimeError(f"{template.name}: placeholders without a value: {', '.join(left)}")
    return text


def nginx_main_config(tmp: Path, site: Path) -> str:
    """The main file around the site file, as Debian's /etc/nginx/nginx.conf would be: every
    path inside the temporary directory, in the foreground."""
    for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp / "nginx" / name).mkdir(parents=True, exist_ok=True)
    mime_types = Path("/etc/nginx/mime.types")
    return "\n".join(
        [
            "daemon off;",
            "worker_processes 1;",
            # As root nginx would hand its workers to nobody, who cannot read this checkout.
            "user root;" if os.geteuid() == 0 else "",
            f"pid {tmp}/nginx/nginx.pid;",
            f"error_log {tmp}/nginx-error.log warn;",
            "events { worker_connections 256; }",
            "http {",
            f"    include {mime_types};" if mime_types.exists() else "",
            "    default_type application/octet-stream;",
            "    sendfile on;",
            *(
                f"    {name}_temp_path {tmp}/nginx/{name};"
                for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
            ),
            f"    include {site};",
            "}",
            "",
        ]
    )


# --- Processes --------------------------------------------------------------------------------


@dataclass
class Stack:
    tmp: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def log_path(self, name: str) -> Path:
        return self.tmp / f"{name}.log"

    def start(self, name: str, command: list[str], env: dict[str, str]) -> None:
        output = self.log_path(name).open("ab")
        # A session (and process group) of its own: stopping it reaches every worker.
        self.processes[name] = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        output.close()

    def check_running(self) -> None:
        for name, process in self.processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}:\n{self.tail(name)}")

    def tail(self, name: str, lines: int = 25) -> str:
        path = self.log_path(name)
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        for process in self.processes.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in self.processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            # Workers of a group whose leader has exited.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


def run_step(command: list[str], env: dict[str, str], log_file: Path) -> None:
    with log_file.open("ab") as output:
        result = subprocess.run(
            command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=output, stderr=output
        )
    if result.returncode:
        tail = "\n".join(log_file.read_text(errors="replace").splitlines()[-30:])
        raise RuntimeError(f"{' '.join(command[1:3])} failed ({result.returncode}):\n{tail}")


# --- HTTP client ------------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: Message
    body: bytes
    ms: float

    def header(self, name: str) -> str:
        return self.headers.get(name, "")

    @property
    def text(self) -> str:
        body = self.body
        if self.header("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return body.decode("utf-8", errors="replace")


class Client:
    """HTTPS through nginx with a cookie jar of its own: the standard library's would not send
    the Secure cookies back to an IP address, and the checks want to see every header."""

    def __init__(self, port: int, cafile: Path):
        self.port = port
        self.origin = f"https://{HOST}:{port}"
        self.context = ssl.create_default_context(cafile=str(cafile))
        self.cookies: dict[str, str] = {}
        self.set_cookies: list[str] = []

    def connection(self) -> http.client.HTTPSConnection:
        return http.client.HTTPSConnection(HOST, self.port, context=self.context, timeout=60)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        headers = dict(headers or {})
        if self.cookies:
            headers.setdefault("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        start = time.perf_counter()
        connection = self.connection()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        ms = (time.perf_counter() - start) * 1000
        for raw in response.headers.get_all("Set-Cookie") or []:
            self.set_cookies.append(raw)
            for name, morsel in SimpleCookie(raw).items():
                self.cookies[name] = morsel.value
        return Response(response.status, response.headers, data, ms)

    def get(self, path: str, **headers: str) -> Response:
        named = {name.replace("_", "-"): value for name, value in headers.items()}
        return self.request("GET", path, headers=named)

    def raw(self, payload: bytes) -> tuple[bytes, float]:
        """Sends bytes as they are and reads one answer: its head, and its body as far as
        Content-Length says (the server may keep the connection open, and nginx lingers after
        a 413 for the rest of the body that will not come)."""
        start = time.perf_counter()
        with (
            socket.create_connection((HOST, self.port), timeout=30) as plain,
            self.context.wrap_socket(plain, server_hostname=HOST) as tls,
        ):
            with contextlib.suppress(OSError):
                tls.sendall(payload)
            received = b""
            with contextlib.suppress(OSError, ssl.SSLError):
                while not complete(received):
                    chunk = tls.recv(65536)
                    if not chunk:
                        break
                    received += chunk
        return received, (time.perf_counter() - start) * 1000


def complete(raw: bytes) -> bool:
    head, separator, body = raw.partition(b"\r\n\r\n")
    if not separator:
        return False
    if status_of(head) == 101:
        return True
    if re.search(rb"\r\ntransfer-encoding: *chunked", head, re.IGNORECASE):
        return body.endswith(b"0\r\n\r\n")
    length = re.search(rb"\r\ncontent-length: *(\d+)", head, re.IGNORECASE)
    return length is not None and len(body) >= int(length.group(1))


def status_of(raw: bytes) -> int:
    match = re.match(rb"HTTP/1\.[01] (\d{3})", raw)
    return int(match.group(1)) if match else 0


def form_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not match:
        raise AssertionError("no CSRF token in the form")
    return match.group(1)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def multipart(
    fields: dict[str, str], files: dict[str, tuple[str, str, bytes]]
) -> tuple[bytes, str]:
    boundary = f"----ndk-smoke-{secrets.token_hex(8)}"
    parts = []
    for name, value in fields.items():
        disposition = f'Content-Disposition: form-data; name="{name}"'
        parts.append(f"--{boundary}\r\n{disposition}\r\n\r\n{value}\r\n".encode())
    for name, (filename, content_type, data) in files.items():
        parts.append(
            (
                f"--{boundary}\r\nContent-Disposition: form-data; "
                f'name="{name}"; filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode()
            + data
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


# --- Checks -----------------------------------------------------------------------------------


class Smoke:
    def __init__(self, stack: Stack, client: Client, http_port: int, email: str, password: str):
        self.stack = stack
        self.client = client
        self.http_port = http_port
        self.email = email
        self.password = password
        self.home: Response | None = None
        self.failures = 0

    def run(self, name: str, check) -> None:
        start = time.perf_counter()
        try:
            detail = check() or ""
            status = "ok"
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next check
            detail = str(error) if isinstance(error, AssertionError) else traceback.format_exc()
            status = "FAIL"
            self.failures += 1
        ms = (time.perf_counter() - start) * 1000
        log(f"{status:4} {ms:7.0f} ms  {name}{': ' + detail if detail else ''}")

    def redirect_to_https(self) -> str:
        connection = http.client.HTTPConnection(HOST, self.http_port, timeout=10)
        try:
            connection.request("GET", "/kommunen/?x=1")
            response = connection.getresponse()
            location = response.getheader("Location", "")
        finally:
            connection.close()
        expect(response.status == 301, f"status {response.status}, expected 301")
        expect(location == f"https://{HOST}/kommunen/?x=1", f"Location {location!r}")
        return f"301 → {location}"

    def home_page(self) -> str:
        response = self.client.get("/")
        self.home = response
        expect(response.status == 200, f"status {response.status}")
        expect("text/html" in response.header("Content-Type"), response.header("Content-Type"))
        return f"200, {len(response.body) // 1024} KB"

    def security_headers(self) -> str:
        response = self.home or self.client.get("/")
        # What portal/settings/production.py and base.py set. HSTS is sent only when Django
        # takes the request for HTTPS, i.e. when it trusted nginx's X-Forwarded-Proto.
        wanted = {
            "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "same-origin",
            "X-Frame-Options": "DENY",
            "Cross-Origin-Opener-Policy": "same-origin",
        }
        wrong = [
            f"{name}={response.header(name)!r}"
            for name, value in wanted.items()
            if response.header(name) != value
        ]
        csp = response.header("Content-Security-Policy")
        for directive in ("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"):
            if directive not in csp:
                wrong.append(f"Content-Security-Policy lacks {directive!r}")
        server = response.header("Server")
        if re.search(r"\d", server):
            wrong.append(f"Server names its version: {server!r}")
        expect(not wrong, "; ".join(wrong))
        return f"HSTS, CSP, nosniff, Referrer-Policy, X-Frame-Options, COOP; Server: {server}"

    def gzip_page(self) -> str:
        plain = self.client.get("/kommunen/")
        packed = self.client.get("/kommunen/", Accept_Encoding="gzip")
        expect(packed.status == 200, f"status {packed.status}")
        expect(packed.header("Content-Encoding") == "gzip", "no Content-Encoding: gzip")
        expect("Accept-Encoding" in packed.header("Vary"), f"Vary {packed.header('Vary')!r}")
        expect(plain.header("Content-Encoding") == "", "compressed though not asked for")
        expect(packed.text == plain.text or len(packed.text) > 1000, "gzip body does not decode")
        return f"{len(plain.body) // 1024} KB → {len(packed.body) // 1024} KB"

    def page(self, path: str, needle: str):
        def check() -> str:
            response = self.client.get(path)
            expect(response.status == 200, f"status {response.status}")
            expect(needle in response.text, f"{needle!r} not on the page")
            return f"200, {len(response.body) // 1024} KB"

        return check

    def case_study(self) -> str:
        index = self.client.get("/praxisbeispiele/")
        links = re.findall(r'href="(/praxisbeispiele/[a-z0-9-]+/)"', index.text)
        links = [link for link in links if not link.endswith(("/einreichen/", "/vergleich/"))]
        expect(bool(links), "no case study linked from /praxisbeispiele/")
        response = self.client.get(links[0])
        expect(response.status == 200, f"{links[0]}: status {response.status}")
        return f"{links[0]} 200"

    def static_file(self) -> str:
        html = (self.home or self.client.get("/")).text
        match = re.search(r'href="(/static/[^"]+\.css)"', html)
        expect(match is not None, "no stylesheet under /static/ on the home page")
        path = match.group(1)
        response = self.client.get(path, Accept_Encoding="gzip")
        expect(response.status == 200, f"{path}: status {response.status}")
        expect("text/css" in response.header("Content-Type"), response.header("Content-Type"))
        # nginx's header (one year); WhiteNoise behind it would say ten years.
        cache = response.header("Cache-Control")
        expect(cache == "public, max-age=31536000, immutable", f"Cache-Control {cache!r}")
        expect(response.header("Content-Encoding") == "gzip", "not served compressed")
        return f"{path}: {cache}, gzip"

    def media_files(self) -> str:
        response = self.client.get("/media/smoke/probe.html")
        expect(response.status == 200, f"/media/smoke/probe.html: status {response.status}")
        csp = response.header("Content-Security-Policy")
        expect("sandbox" in csp, f"no sandbox for uploaded files: {csp!r}")
        expect(response.header("X-Content-Type-Options") == "nosniff", "no nosniff")
        document = self.client.get("/media/documents/probe.pdf")
        expect(document.status == 404, f"/media/documents/ answered {document.status}, not 404")
        return "uploads sandboxed and nosniff; /media/documents/ 404 (only through /dokumente/)"

    def unknown_host(self) -> str:
        response = self.client.get("/", Host="evil.example")
        expect(response.status == 400, f"status {response.status}, expected 400")
        return "Host: evil.example → 400 (ALLOWED_HOSTS)"

    def login(self) -> str:
        form = self.client.get("/konto/login/")
        expect(form.status == 200, f"login form: status {form.status}")
        body = urlencode(
            {
                "csrfmiddlewaretoken": form_token(form.text),
                "login": self.email,
                "password": self.password,
            }
        ).encode()
        response = self.client.request(
            "POST",
            "/konto/login/",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": self.client.origin,
                "Referer": f"{self.client.origin}/konto/login/",
            },
        )
        expect(response.status == 302, f"sign-in: status {response.status}, expected 302")
        expect(response.header("Location") == "/", f"redirect to {response.header('Location')!r}")
        session = next((c for c in self.client.set_cookies if c.startswith("sessionid=")), "")
        flags = session.lower()
        expect(
            "secure" in flags and "httponly" in flags and "samesite=lax" in flags,
            f"session cookie flags: {session!r}",
        )
        profile = self.client.get("/konto/profil/")
        expect(profile.status == 200, f"/konto/profil/: status {profile.status}")
        expect("Konto: Smoke" in profile.text, "the page does not show the signed-in person")
        return "form → 302 / → /konto/profil/ 200; session cookie Secure, HttpOnly, SameSite=Lax"

    def submission_form(self) -> tuple[str, dict[str, str]]:
        form = self.client.get("/praxisbeispiele/einreichen/")
        expect(form.status == 200, f"/praxisbeispiele/einreichen/: status {form.status}")
        headers = {"Origin": self.client.origin, "Referer": self.client.origin + "/"}
        return form_token(form.text), headers

    def upload_below_limit(self) -> str:
        """Two files just over the portal's own 10 MB each: nginx lets the 20 MB through, and
        the form turns the files away with its message."""
        token, headers = self.submission_form()
        size = 10 * 1024 * 1024 + 1
        body, content_type = multipart(
            {"csrfmiddlewaretoken": token, "title": "Smoke", "image_alt": "Test"},
            {
                "image": ("gross.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"0" * (size - 8)),
                "document": ("gross.pdf", "application/pdf", b"%PDF-1.7\n" + b"0" * (size - 9)),
            },
        )
        expect(len(body) < BODY_LIMIT, "test body is not below the limit")
        response = self.client.request(
            "POST",
            "/praxisbeispiele/einreichen/",
            body=body,
            headers={**headers, "Content-Type": content_type},
        )
        expect(response.status == 400, f"status {response.status}, expected the form's 400")
        expect("erlaubt sind höchstens" in response.text, "no size message of the form")
        return f"{len(body) / 1024 / 1024:.1f} MB reach the portal; its form answers 400"

    def upload_over_limit(self) -> str:
        """Announces a body over the limit and sends the first part: nginx answers 413 before
        reading it, so neither disk nor gunicorn see the rest."""
        length = BODY_LIMIT + 1024 * 1024
        cookies = "; ".join(f"{k}={v}" for k, v in self.client.cookies.items())
        head = (
            f"POST /praxisbeispiele/einreichen/ HTTP/1.1\r\nHost: {HOST}:{self.client.port}\r\n"
            f"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {length}\r\n"
            f"Origin: {self.client.origin}\r\nCookie: {cookies}\r\nConnection: close\r\n\r\n"
        ).encode()
        raw, ms = self.client.raw(head + b"0" * 65536)
        status = status_of(raw)
        expect(status == 413, f"status {status}, expected 413")
        expect("zu groß".encode() in raw, "not nginx's German 413 page")
        return f"{length / 1024 / 1024:.0f} MB announced → 413 with the German page in {ms:.0f} ms"

    def websocket(self) -> str:
        """The handshake reaches daphne through nginx's upgrade. Without a consumer for the
        path the portal's catch-all route refuses it with 403. A 502 would mean nginx found no
        daphne."""
        path = f"/ws/smoke-{secrets.token_hex(4)}/"
        key = base64.b64encode(secrets.token_bytes(16)).decode()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {HOST}:{self.client.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Origin: {self.client.origin}\r\n\r\n"
        ).encode()
        raw, _ms = self.client.raw(request)
        status = status_of(raw)
        expect(status in (101, 403), f"status {status}: the upgrade did not reach daphne")
        if status == 101:
            accept = base64.b64encode(
                hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()
            ).decode()
            expect(accept.encode() in raw, "101 without the matching Sec-WebSocket-Accept")
            return f"{path}: 101 Switching Protocols"
        # The refusal must come from daphne: its access log names the path.
        deadline = time.monotonic() + 3
        while path not in self.stack.tail("daphne", 200) and time.monotonic() < deadline:
            time.sleep(0.1)
        expect(path in self.stack.tail("daphne", 200), "daphne's log does not show the handshake")
        return f"{path}: {status} from daphne (no consumer for this path)"

    def server_logs(self) -> str:
        """No error behind the scenes: no 5xx and no traceback in gunicorn's and daphne's logs
        but those the checks provoke (the unknown Host, the websocket path without a route)."""
        expected = ("DisallowedHost: Invalid HTTP_HOST header: 'evil.example'", "path 'ws/smoke-")
        problems = []
        for name in ("gunicorn", "daphne"):
            lines = self.stack.tail(name, 100000).splitlines()
            for number, line in enumerate(lines):
                if re.search(r'" 5\d\d \d', line) and name == "gunicorn":
                    problems.append(f"{name}: {line}")
                if line.startswith("Traceback"):
                    # The exception is the first line after the indented frames.
                    error = next(
                        (later for later in lines[number + 1 :] if not later.startswith(" ")), ""
                    )
                    if not any(text in error for text in expected):
                        problems.append(f"{name}: {error}")
        expect(not problems, "\n".join(problems[:10]))
        access = self.stack.tail("gunicorn", 100000).splitlines()
        requests = sum("HTTP/1." in line for line in access)
        return f"gunicorn served {requests} requests; no errors but the provoked ones"


# --- Main -------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary directory and the database"
    )
    args = parser.parse_args()

    # A CI timeout (SIGTERM) still stops the processes in the finally below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    started = time.perf_counter()
    nginx = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/sbin/nginx") if Path(p).exists()), None
    )
    server, cache_url = server_url(), redis_url()
    db, cache = urlparse(server), urlparse(cache_url)
    missing = []
    if not nginx:
        missing.append("nginx (apt-get install nginx)")
    if not answers(db.hostname or HOST, db.port or 5432):
        missing.append(f"PostgreSQL at {db.hostname}:{db.port or 5432}")
    if not answers(cache.hostname or HOST, cache.port or 6379):
        missing.append(f"Redis at {cache.hostname}:{cache.port or 6379}")
    if missing:
        log("prod-smoke needs " + ", ".join(missing) + ".")
        return 2

    tmp = Path(tempfile.mkdtemp(prefix="ndk-smoke-"))
    stack = Stack(tmp)
    ports = {name: free_port() for name in ("https", "http", "gunicorn", "daphne")}
    email, password = "smoke@example.org", secrets.token_urlsafe(24)
    # A database and cache keys of this run's own: runs in parallel (CI and someone at the
    # keyboard) do not meet, and no page cached by an earlier run hides this run's answers.
    run_id = secrets.token_hex(4)
    database_name, cache_prefix = f"ndk_smoke_{run_id}", f"ndk-smoke-{run_id}"
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "BASE_URL": f"https://{HOST}:{ports['https']}",
            "DATABASE_URL": db._replace(path=f"/{database_name}").geturl(),
            "REDIS_URL": cache_url,
            "CACHE_KEY_PREFIX": cache_prefix,
            "CHANNEL_PREFIX": cache_prefix,
            # No SMTP server here; the production settings accept another backend.
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
            "MEDIA_ROOT": str(tmp / "media"),
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    python, manage = str(BIN / "python"), str(ROOT / "manage.py")
    failed, verdict = True, "FAILED (could not run)"
    try:
        log(f"prod-smoke in {tmp}: nginx https :{ports['https']}, http :{ports['http']}")
        step = time.perf_counter()

        def database() -> str:
            t = time.perf_counter()

            def migrate(url: str) -> None:
                command = [python, manage, "migrate", "--noinput", "-v0"]
                run_step(command, {**env, "DATABASE_URL": url}, tmp / "prepare.log")

            copied = create_database(server, database_name, migrate)
            created = time.perf_counter()
            run_step([python, manage, "seed_demo"], env, tmp / "prepare.log")
            user_env = {**env, "SMOKE_EMAIL": email, "SMOKE_PASSWORD": password}
            run_step([python, manage, "shell", "-c", CREATE_USER], user_env, tmp / "prepare.log")
            return (
                f"{copied} ({created - t:.0f} s), seeded the demo network and a member"
                f" ({time.perf_counter() - created:.0f} s)"
            )

        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            seeding = pool.submit(database)
            t = time.perf_counter()
            run_step([python, manage, "collectstatic", "--noinput", "-v0"], env, tmp / "static.log")
            log(f"collectstatic with the production storage: {time.perf_counter() - t:.0f} s")
            cert, key = make_certificate(tmp)
            media = tmp / "media"
            (media / "smoke").mkdir(parents=True)
            (media / "smoke" / "probe.html").write_text("<script>alert(1)</script>")
            (media / "documents").mkdir()
            (media / "documents" / "probe.pdf").write_bytes(b"%PDF-1.7\n")

            site = tmp / "portal.conf"
            site.write_text(
                render(
                    DEPLOY / "nginx" / "portal.conf",
                    {
                        "SERVER_NAME": f"{HOST} localhost",
                        "HTTPS_LISTEN": f"{HOST}:{ports['https']}",
                        "HTTP_LISTEN": f"{HOST}:{ports['http']}",
                        "TLS_CERTIFICATE": str(cert),
                        "TLS_CERTIFICATE_KEY": str(key),
                        "GUNICORN": f"{HOST}:{ports['gunicorn']}",
                        "DAPHNE": f"{HOST}:{ports['daphne']}",
                        "STATIC_ROOT": str(ROOT / "static" / "collected"),
                        "MEDIA_ROOT": str(media),
                        "ERROR_PAGES": str(DEPLOY / "nginx" / "errors"),
                        "LOG_DIR": str(tmp),
                    },
                )
            )
            main_config = tmp / "nginx.conf"
            main_config.write_text(nginx_main_config(tmp, site))
            nginx_command = [nginx, "-p", str(tmp), "-c", str(main_config)]
            nginx_command += ["-e", str(tmp / "nginx-error.log")]
            run_step([*nginx_command, "-t", "-q"], env, tmp / "nginx.log")

            # The servers boot while the database is being seeded; the first request waits
            # for both. WhiteNoise reads the static files when a worker boots, so not earlier.
            started_servers = time.perf_counter()
            stack.start(
                "gunicorn",
                [str(BIN / "gunicorn"), "-c", str(DEPLOY / "gunicorn.conf.py")],
                {**env, "GUNICORN_BIND": f"{HOST}:{ports['gunicorn']}", "GUNICORN_WORKERS": "2"},
            )
            stack.start(
                "daphne",
                ["sh", str(DEPLOY / "daphne.sh")],
                {**env, "DAPHNE_PORT": str(ports["daphne"]), "DAPHNE": str(BIN / "daphne")},
            )
            stack.start("nginx", nginx_command, env)
            log(f"database: {seeding.result()}")
        prepared = time.perf_counter()
        log(f"prepared in {prepared - step:.0f} s")

        client = Client(ports["https"], cert)
        deadline = time.monotonic() + 90
        while True:
            stack.check_running()
            ready = answers(HOST, ports["daphne"]) and answers(HOST, ports["https"])
            if ready:
                with contextlib.suppress(OSError, http.client.HTTPException):
                    if client.get("/").status not in (502, 504):
                        break
            if time.monotonic() > deadline:
                raise RuntimeError("the stack did not answer within 90 s")
            time.sleep(0.25)
        client.cookies.clear()
        log(
            f"gunicorn, daphne and nginx answer {time.perf_counter() - started_servers:.0f} s"
            f" after their start, {time.perf_counter() - prepared:.0f} s after the seeding"
        )

        smoke = Smoke(stack, client, ports["http"], email, password)
        smoke.run("plain HTTP redirects to HTTPS", smoke.redirect_to_https)
        smoke.run("home page", smoke.home_page)
        smoke.run("security headers through the proxy", smoke.security_headers)
        smoke.run("gzip on a page when asked", smoke.gzip_page)
        smoke.run("static file from nginx with a long cache", smoke.static_file)
        smoke.run("uploaded files", smoke.media_files)
        smoke.run("/kommunen/", smoke.page("/kommunen/", "Kommunen"))
        smoke.run("/praxisbeispiele/", smoke.page("/praxisbeispiele/", "Praxisbeispiele"))
        smoke.run("a case study page", smoke.case_study)
        smoke.run("unknown Host refused", smoke.unknown_host)
        smoke.run("sign-in with the allauth form", smoke.login)
        smoke.run("upload below the proxy limit reaches the portal", smoke.upload_below_limit)
        smoke.run("upload over the limit refused by nginx", smoke.upload_over_limit)
        smoke.run("websocket upgrade on /ws/ reaches daphne", smoke.websocket)
        smoke.run("server logs without errors", smoke.server_logs)
        failed = smoke.failures > 0
        verdict = f"FAILED ({smoke.failures} checks)" if failed else "passed"
        return 1 if failed else 0
    except Exception as error:  # noqa: BLE001 - reported with the logs, then everything stops
        log(f"FAIL prod-smoke could not run: {error}")
        return 1
    finally:
        stopping = time.perf_counter()
        stack.stop()
        log(f"stopped gunicorn, daphne and nginx in {time.perf_counter() - stopping:.1f} s")
        if failed:
            for name in ("gunicorn", "daphne", "nginx"):
                if tail := stack.tail(name, 15):
                    log(f"--- {name} (last lines) ---\n{tail}")
            if tail := stack.tail("nginx-error", 15):
                log(f"--- nginx error log ---\n{tail}")
        if args.keep:
            log(f"kept: {tmp}, database {database_name}, Redis keys {cache_prefix}*")
        else:
            with contextlib.suppress(Exception):
                drop_database(server, database_name)
            with contextlib.suppress(Exception):
                forget_cache(cache_url, cache_prefix)
            if failed:
                log(f"configuration and logs kept in {tmp}")
            else:
                shutil.rmtree(tmp, ignore_errors=True)
        log(f"prod-smoke {verdict} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
