"""The test suite: the embedded defaults, or PostgreSQL and Redis when CI points at them."""

from .base import *  # noqa: F403

DEBUG = False
DEMO_USERS_ALLOWED = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if REDIS_URL:  # noqa: F405
    # Every test run gets its own key space, so that parallel runs never share rate limits.
    CACHES["default"]["KEY_PREFIX"] = f"ndk-test-{os.getpid()}"  # noqa: F405
