"""Production settings for the benchmarks, with the floor view added.

The benchmark measures the portal as production serves it (gunicorn, PostgreSQL, Redis,
DEBUG off, the same middleware), so it starts from the production settings and only fills in
the environment a local run lacks.
"""

import os

for name, value in {
    "SECRET_KEY": "bench-only-" + "x" * 60,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "BASE_URL": "http://127.0.0.1",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/ndk_bench_http",
    "REDIS_URL": "redis://127.0.0.1:6379/14",
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    "LOG_LEVEL": "WARNING",
}.items():
    os.environ.setdefault(name, value)

from portal.settings.production import *  # noqa: E402, F403

ROOT_URLCONF = "bench.urls"
DEMO_USERS_ALLOWED = True  # demo network and synthetic data for the measured pages
