"""Local development: `make run`. Debug on, demo logins allowed."""

from .base import *  # noqa: F403

DEBUG = True
# Demo accounts with published passwords may exist only on development machines.
DEMO_USERS_ALLOWED = True
