"""Møtebok's settings: one module, driven by environment variables with safe defaults."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
import django
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a true/false environment variable; anything else is a configuration error."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    """Read an integer environment variable; anything else is a configuration error."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


DATA_DIR = Path(os.environ.get("MOTEBOK_DATA_DIR") or Path.cwd() / "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """Use MOTEBOK_SECRET_KEY, else a key generated on first run and kept in the data folder."""
    if os.environ.get("MOTEBOK_SECRET_KEY"):
        return os.environ["MOTEBOK_SECRET_KEY"]
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("MOTEBOK_DEBUG", False)
ALLOWED_HOSTS = [h for h in os.environ.get("MOTEBOK_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("MOTEBOK_CSRF_TRUSTED_ORIGINS", "").split(",") if o]
SITE_URL = os.environ.get("MOTEBOK_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The domain in calendar UIDs and Message-IDs: they must stay the same for the site's whole life, so it is set
# once; motebok.wsgi refuses to serve with a local default outside `motebok demo`.
SITE_DOMAIN = os.environ.get("MOTEBOK_SITE_DOMAIN") or urlsplit(SITE_URL).hostname or "localhost"
# Set by `motebok demo`, which serves on 127.0.0.1 without a domain of its own.
DEMO = False

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_htmx",
    "csp",
    "axes",
    "simple_history",
    # django-ninja serves the API's documentation page with its own Swagger UI files (no CDN).
    "ninja",
    # Background tasks (motebok/tasks.py): Django 6 has the framework built in; before it, the backport.
    *(["django_tasks"] if django.VERSION < (6,) else []),
    "django_tasks_db",
    "motebok.history",
    "motebok.registry",
    "motebok.meetings",
    "motebok.documents",
    "motebok.planning",
    "motebok.invitations",
    "motebok.minutes",
    "motebok.secretariat",
    "motebok.importer",
    "motebok.programmes",
    "motebok.search",
    "motebok.opendata",
    "motebok.api",
    "motebok.web",
    "motebok.demo",
    "motebok.operations",
    # After our apps, so that motebok/web/templates/django/forms/ overrides Django's widget templates.
    "django.forms",
]
FORM_RENDERER = "motebok.web.forms.DesignsystemetRenderer"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who-may-see is read once per request: the user's memberships are kept until the response is made.
    "motebok.access.per_request.PerRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Lets every history row know who made the change, and on which page or in the admin.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "motebok.urls"
WSGI_APPLICATION = "motebok.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

SQLITE_PATH = DATA_DIR / "motebok.sqlite3"
# WAL lets readers go on while one writer writes; a writer waits its turn (IMMEDIATE, with a busy timeout)
# instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": SQLITE_OPTIONS,
            "TEST": {"NAME": str(DATA_DIR / "test-motebok.sqlite3")},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# django-axes first: it refuses a login while the account or the address is locked out, before the password is tried.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "my_page"
LOGOUT_REDIRECT_URL = "front"

LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# Front-end libraries come from the npm registry at install time (`make install`); never copied into git.
NODE_MODULES = REPO_DIR / "node_modules"
STATICFILES_DIRS = [
    (prefix, NODE_MODULES / package)
    for prefix, package in (
        ("vendor/designsystemet-css", "@digdir/designsystemet-css/dist"),
        ("vendor/htmx", "htmx.org/dist"),
        # Designsystemet's typeface, served by us: the Content-Security-Policy allows fonts from our own site only.
        ("vendor/inter", "@fontsource/inter"),
    )
    if (NODE_MODULES / package).is_dir()
]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

MEDIA_ROOT = DATA_DIR / "files"
MEDIA_URL = "/files/"
# Every uploaded file streams to a temporary file that is dropped once it passes MOTEBOK_MAX_DOCUMENT_BYTES
# (motebok/documents/uploads.py); the rest of a form is held in memory up to DATA_UPLOAD_MAX_MEMORY_SIZE.
FILE_UPLOAD_HANDLERS = ["motebok.documents.uploads.LimitedUploadHandler"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 50

EMAIL_BACKEND = os.environ.get("MOTEBOK_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("MOTEBOK_EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = env_int("MOTEBOK_EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("MOTEBOK_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("MOTEBOK_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("MOTEBOK_EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("MOTEBOK_FROM_EMAIL", "Møtebok <motebok@localhost>")


def _reply_address(imap_url: str) -> str:
    """The mailbox that calendar replies go to: MOTEBOK_REPLY_ADDRESS, else the IMAP login if it is an address."""
    if os.environ.get("MOTEBOK_REPLY_ADDRESS"):
        return os.environ["MOTEBOK_REPLY_ADDRESS"]
    login = unquote(urlsplit(imap_url).username or "")
    if "@" not in login:
        raise ImproperlyConfigured(
            "MOTEBOK_REPLY_ADDRESS must be set when the IMAP login is not an e-mail address"
        )
    return login


# A mailbox Møtebok reads calendar replies from (imap://user:password@host:port/INBOX, or imaps://); without one,
# invitations ask for no calendar reply and point to the personal answer link instead.
REPLY_IMAP_URL = os.environ.get("MOTEBOK_REPLY_IMAP_URL", "")
if REPLY_IMAP_URL and urlsplit(REPLY_IMAP_URL).scheme not in ("imap", "imaps"):
    raise ImproperlyConfigured(
        f"MOTEBOK_REPLY_IMAP_URL must start with imap:// or imaps://, not {REPLY_IMAP_URL!r}"
    )
REPLY_ADDRESS = _reply_address(REPLY_IMAP_URL) if REPLY_IMAP_URL else ""

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_AGE = env_int("MOTEBOK_SESSION_SECONDS", 8 * 60 * 60)

# Production behind HTTPS: redirect plain HTTP, send cookies only over HTTPS and tell browsers to stay on HTTPS.
HTTPS = env_bool("MOTEBOK_HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("MOTEBOK_HSTS_SECONDS", 365 * 24 * 60 * 60 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("MOTEBOK_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("MOTEBOK_HSTS_PRELOAD", False)
# Behind a reverse proxy that ends TLS, the proxy's X-Forwarded-Proto says whether the visitor used HTTPS and its
# X-Forwarded-For (last entry) says who the visitor is; never trust these headers without such a proxy.
BEHIND_PROXY = env_bool("MOTEBOK_BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Login throttling (django-axes): after this many failed logins for one account, or from one address, further
# attempts are refused for the lockout period, even with the right password.
AXES_FAILURE_LIMIT = env_int("MOTEBOK_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("MOTEBOK_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "motebok.web.security.locked_out"
AXES_CLIENT_IP_CALLABLE = "motebok.web.security.client_ip"
AXES_VERBOSE = False

# Content-Security-Policy (django-csp): our own scripts and styles only, no inline script or style anywhere.
# Designsystemet draws its icons with data: URLs in CSS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Permissions-Policy (django-permissions-policy): no page needs any of these browser features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}

# `motebok serve` (gunicorn): where it listens, how many worker processes, and how long a request may take.
SERVE_BIND = os.environ.get("MOTEBOK_BIND", "127.0.0.1:8000")
SERVE_WORKERS = env_int("MOTEBOK_WORKERS", 2)
SERVE_TIMEOUT = env_int("MOTEBOK_TIMEOUT", 60)
# A load balancer may ask /helse/ over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^helse/$"]

# Background tasks run by `motebok worker` (or beside the server with `motebok serve --with-worker`), queued in
# the database; a failed task is tried MOTEBOK_TASK_ATTEMPTS times in all, waiting MOTEBOK_TASK_RETRY_SECONDS,
# doubled each time, before the next try, and is then kept as failed.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TASK_ATTEMPTS = env_int("MOTEBOK_TASK_ATTEMPTS", 3)
TASK_RETRY_SECONDS = env_int("MOTEBOK_TASK_RETRY_SECONDS", 60)
# How often a worker looks for scheduled jobs that have come due (motebok/operations/schedule.py).
SCHEDULER_SECONDS = env_int("MOTEBOK_SCHEDULER_SECONDS", 30)

LOG_FORMAT = os.environ.get("MOTEBOK_LOG_FORMAT", "text")
if LOG_FORMAT not in ("text", "json"):
    raise ImproperlyConfigured(f"MOTEBOK_LOG_FORMAT must be text or json, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "motebok.operations.logs.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            **({"formatter": "json"} if LOG_FORMAT == "json" else {}),
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("MOTEBOK_LOG_LEVEL", "WARNING")},
}
