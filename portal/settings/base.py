"""Settings shared by every environment.

Everything that differs between machines is read from environment variables; the defaults
are the embedded development set-up (SQLite, in-memory channel layer, database search,
console mail), so that `make run` works on a fresh machine without any service.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-never-use-in-production-0123456789abcdef")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # daphne first: its runserver serves HTTP and websockets through ASGI.
    "daphne",
    "core",
    "portal.accounts",
    "portal",
    "network",
    "bestpractice",
    "learning",
    "search",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
    "django_htmx",
    "channels",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so that static files get the headers too.
    "portal.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    # Above everything that may use the database (sessions first): its outage answers 503.
    "core.outage.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.RequireMfaForStaffRolesMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.page_cache.PageCacheMiddleware",
]

# URL prefixes whose public pages are cached whole for visitors who are not signed in, and
# the area each belongs to (the unit that `core.page_cache.purge` makes stale).
# The index slug is set by the demo seed and the CMS; pages below another path are still
# cached by their serve(), only the early answer before routing needs this prefix.
PAGE_CACHE_AREAS = {"/praxisbeispiele/": "praxisbeispiele"}
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
ASGI_APPLICATION = "portal.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_cache(url: str) -> dict:
    """The cache on Redis. Redis answers in a millisecond, so half a second means it is away:
    the cache then logs, answers without it and asks again ten seconds later, rather than
    failing every page (core/resilient_cache.py)."""
    return {
        "BACKEND": "core.resilient_cache.ResilientRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", "ndk"),
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "RETRY_AFTER": 10},
    }


REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL)}
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                "hosts": [
                    {
                        "address": REDIS_URL,
                        # The default pool of 100 fails under bursts of websocket connects,
                        # and a socket timeout makes idle consumers crash.
                        "max_connections": 1000,
                        "socket_timeout": None,
                    }
                ],
                "prefix": env("CHANNEL_PREFIX", "ndk"),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.ScryptPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Accounts (django-allauth): e-mail only, verification mandatory.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Netzwerk Digitale Kommune] "
ACCOUNT_FORMS = {"signup": "portal.accounts.forms.SignupForm"}
ACCOUNT_ADAPTER = "portal.accounts.adapters.AccountAdapter"
# Login limits, answered with HTTP 429 and counted in the cache (Redis in production). A whole
# town hall shares one address behind its NAT, so the per-address limits are generous; five
# failures per account in five minutes lock the account for strangers only: a browser that
# signed in to it before has its own five (portal/accounts/known_devices.py, README).
ACCOUNT_RATE_LIMITS = {
    "login": "200/m/ip",
    "login_failed": "100/5m/ip,5/5m/key",
    "login_failed_known_device": "5/5m/key",
}
# The client's address, for the per-address limits: behind the reverse proxy REMOTE_ADDR is
# the proxy's, shared by everybody. The proxy count says how many X-Forwarded-For entries,
# counted from the right, the own proxies wrote; without a proxy (development) none is trusted.
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER") or None
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Netzwerk Digitale Kommune"

# Wagtail
WAGTAIL_SITE_NAME = "Netzwerk Digitale Kommune"
WAGTAILADMIN_BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "/konto/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/konto/login/"
# Passwords are reset through allauth only, with its rate limits and German mails.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# Gravatar's image addresses are hashes of the staff's e-mail addresses, sent to a third
# party with every CMS page; Wagtail shows its own placeholder instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "pptx", "csv", "txt"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 megapixels (a 17 KB PNG can hold 144, which costs gigabytes once renditions are made);
# the CMS upload and the portal's own upload fields (bestpractice/uploads.py) both apply it.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Request bodies: at most 21 MB in all, like client_max_body_size in deploy/nginx/portal.conf
# (two files of 10 MB and the texts of the case study form), refused before they are read
# (core/uploads.py). Form fields besides files stay in memory: 2.5 MB of them, far above the
# longest form. Files above 2.5 MB are streamed to a temporary file, not held in memory.
MAX_REQUEST_BODY_SIZE = 21 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)
FILE_UPLOAD_HANDLERS = [
    "core.uploads.RequestBodyLimit",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
# The network search (search/backends): "database" or "elasticsearch"; without a value a set
# ELASTICSEARCH_URL chooses Elasticsearch. The index name is an alias (see search_index).
SEARCH_BACKEND = env("SEARCH_BACKEND")
ELASTICSEARCH_INDEX = env("ELASTICSEARCH_INDEX", "ndk-search")
ELASTICSEARCH_REPLICAS = int(env("ELASTICSEARCH_REPLICAS", "1"))

# Languages: German first, English second. URLs stay German and unprefixed.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static" / "collected"
STATICFILES_DIRS = [
    BASE_DIR / "static" / "portal",
    ("kern", BASE_DIR / "node_modules" / "@kern-ux" / "native" / "dist"),
    ("htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    ("leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# Seconds; without a limit a mail server that accepts and never answers blocks its sender.
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Netzwerk Digitale Kommune <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Content-Security-Policy for the portal. The Wagtail admin relies on inline scripts and is
# reached only by signed-in editors with MFA, so it is left out of the policy.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/cms/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Map tiles of the case study map, requested only after the visitor asks for the map.
        "img-src": ["'self'", "data:", "https://tile.openstreetmap.org"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    # Django's own logger prints through its handler and would hand every record on to the
    # root handler too: each request line of the development server appeared twice.
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Every request with a foreign Host header (scanners) would log a traceback; it is
        # answered with 400 and needs no operator's attention.
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
    },
}

FORM_RENDERER = "portal.renderers.KernFormRenderer"

# The read-only JSON API under /api/ with its OpenAPI schema.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Netzwerk Digitale Kommune API",
    "VERSION": "1.0.0",
    # Only the portal's public API belongs in the schema, not the CMS's internal endpoints.
    "PREPROCESSING_HOOKS": ["portal.api.only_public_api"],
}
