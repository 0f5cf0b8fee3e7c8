"""Local development: `make run`. Debug on, demo logins allowed."""

from .base import *  # noqa: F403

DEBUG = True
# Demo accounts with published passwords may exist only on development machines.
DEMO_USERS_ALLOWED = True
# Mails on the console as readable framed text (portal/dev_mail.py); EMAIL_BACKEND chooses
# another backend.
EMAIL_BACKEND = env("EMAIL_BACKEND", "portal.dev_mail.ConsoleMailBackend")  # noqa: F405
# The German 404 page instead of Django's technical one (portal/middleware.py).
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.messages.middleware.MessageMiddleware") + 1,
    "portal.middleware.GermanNotFoundPageMiddleware",
)
