"""Production: PostgreSQL, Redis, HTTPS. Refuses to start without its secrets."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required(name: str) -> str:
    value = env(name)  # noqa: F405
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


DEBUG = False
DEMO_USERS_ALLOWED = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
# The embedded defaults would be wrong here without anyone noticing: SQLite instead of the
# shared database, per-process caches (rate limits multiplied by the number of workers, live
# updates that never reach the other processes), links to 127.0.0.1 in mails, and reset links
# printed to the log. So these must be set.
required("DATABASE_URL")
required("REDIS_URL")
WAGTAILADMIN_BASE_URL = required("BASE_URL")
# Requests only queue mails, so that a mail server outage fails none of them; the task worker
# sends them with the backend EMAIL_BACKEND names and tries again later (core/mail_backend.py).
EMAIL_BACKEND = "core.mail_backend.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")  # noqa: F405
if EMAIL_DELIVERY_BACKEND.endswith("smtp.EmailBackend"):
    EMAIL_HOST = required("EMAIL_HOST")


def proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """Django's form of "the proxy writes https into this header"; none without a name."""
    if not name.strip():
        return None
    return ("HTTP_" + name.strip().upper().replace("-", "_"), "https")


# Production answers behind one reverse proxy (README, "Betrieb in Produktion"), which sets
# the header and X-Forwarded-For; a header no proxy of ours overwrites would be the client's.
SECURE_PROXY_SSL_HEADER = proxy_ssl_header(env("SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto"))  # noqa: F405
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "1"))  # noqa: F405
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LOGGING["root"]["level"] = env("LOG_LEVEL", "INFO")  # noqa: F405
