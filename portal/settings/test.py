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

_worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # noqa: F405
if REDIS_URL and _worker:  # noqa: F405
    # Tests clear the cache, which empties a whole Redis database: each parallel test process
    # (pytest-xdist worker gw0, gw1, …) gets a database of its own, counting down from the one
    # REDIS_URL names.
    _base, _, _db = REDIS_URL.rpartition("/")  # noqa: F405
    _own = f"{_base}/{(int(_db or 0) - int(_worker.removeprefix('gw'))) % 16}"
    CACHES["default"]["LOCATION"] = _own  # noqa: F405
    CHANNEL_LAYERS["default"]["CONFIG"]["hosts"][0]["address"] = _own  # noqa: F405
