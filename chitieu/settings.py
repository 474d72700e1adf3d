"""Project settings, read from environment variables (every one is listed in .env.example)."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(os.environ.get("CHITIEU_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",") if h.strip()
]

INSTALLED_APPS = [
    "chitieu.core.admin_site.ChitieuAdminConfig",  # django.contrib.admin with our site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "ninja",
    "chitieu.core",  # before django_tasks_db: its `db_worker` wraps theirs to survive a database restart
    "django_tasks_db",
    "chitieu.accounts",
    "chitieu.localities",
    "chitieu.plans",
    "chitieu.criteria",
    "chitieu.results",
    "chitieu.results.notices",
    "chitieu.evaluation",
    "chitieu.reading",
    "chitieu.scale",
    "chitieu.reports",
    "chitieu.setup",  # its template tags: the office's links on the home page
    "chitieu.documents",
    "chitieu.documents.signed",
    "chitieu.api",
    "chitieu.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "chitieu.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "chitieu.core.middleware.SessionTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so that it sees a view's dropped database connection first: a page read is retried once.
    "chitieu.core.outage.DatabaseOutageMiddleware",
]

ROOT_URLCONF = "chitieu.urls"
WSGI_APPLICATION = "chitieu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "chitieu.results.notices.context.unread_notices",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'chitieu.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection the database dropped (a restart, pg_terminate_backend) is replaced before the first
        # query of a request, instead of failing it.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the web server read while a loader or the task worker writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    # A writer waits this many seconds for another's lock instead of answering "database is locked" at once.
    DATABASES["default"]["OPTIONS"]["timeout"] = int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20"))
    # A file, not Django's shared in-memory database: the browser tests' live server answers several requests
    # at once, and threads sharing one in-memory connection corrupt each other's cursors.
    # One file per test run, so that two runs on one machine do not share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No server-side prepared statements (Django's default, stated here because PgBouncer in transaction mode
    # depends on it): a statement prepared on one server connection is unknown on the next.
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = None
    # Behind PgBouncer in transaction mode, a cursor held across transactions would land on another server
    # connection: `.iterator()` then reads in chunks through the client instead (docs/production.md).
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env_bool("DATABASE_PGBOUNCER", False)
# Reads on PostgreSQL streaming replicas, with read-your-writes for the writer (chitieu/core/routers.py).
REPLICA_URLS = [u.strip() for u in os.environ.get("DATABASE_REPLICA_URLS", "").split(",") if u.strip()]
for number, url in enumerate(REPLICA_URLS, start=1):
    DATABASES[f"replica{number}"] = {
        **dj_database_url.parse(
            url, conn_max_age=DATABASES["default"]["CONN_MAX_AGE"], conn_health_checks=True
        ),
        "OPTIONS": dict(DATABASES["default"].get("OPTIONS", {})),
        "DISABLE_SERVER_SIDE_CURSORS": DATABASES["default"].get("DISABLE_SERVER_SIDE_CURSORS", False),
        "TEST": {"MIRROR": "default"},
    }
if REPLICA_URLS:
    DATABASE_ROUTERS = ["chitieu.core.routers.ReplicaRouter"]
    # Outside the sessions, so that a session saved at the end of a request counts as the request's write.
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
        "chitieu.core.routers.ReadYourWritesMiddleware",
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Validates nothing: Django tells every validator when a password changes, and this one revokes API tokens.
    {"NAME": "chitieu.api.passwords.RevokeTokensOnPasswordChange"},
]

# Vietnamese first, English second; Django ships the `vi` catalogue and formats we extend in chitieu/formats.
LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "vi")
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["chitieu.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "static/"
# The project's own stylesheet, scripts and vendored npm files live in the package, not in an app.
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns at start-up when it is missing
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "media/"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "reports:home"
LOGOUT_REDIRECT_URL = "login"

MAILERS = {
    "default": {
        "BACKEND": os.environ.get(
            "EMAIL_BACKEND",
            "django.core.mail.backends.console.EmailBackend"
            if DEBUG
            else "django.core.mail.backends.smtp.EmailBackend",
        )
    },
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "chitieu@localhost")

# Background jobs (report exports) run in `manage.py db_worker`, stored in the database.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A job with no sign of life for this long is shown as stalled (its worker was stopped) and no longer polled.
CHITIEU_JOB_STALLED_MINUTES = int(os.environ.get("CHITIEU_JOB_STALLED_MINUTES", "10"))

# Production: security headers, HTTPS-only cookies and redirects when served over HTTPS (docs/production.md).
HTTPS = env_bool("CHITIEU_HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
if env_bool("CHITIEU_BEHIND_PROXY", False):
    # Only behind a proxy that sets this header itself; otherwise a client could claim HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No inline or foreign scripts; style attributes are still used by a few templates.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Request bodies held in memory (an API bulk batch of 10.000 observations is a few MB) and uploaded files
# kept in memory before they spill to a temporary file.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", str(20 * 1024 * 1024)))
FILE_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("FILE_UPLOAD_MAX_MEMORY_SIZE", str(5 * 1024 * 1024)))

# Limits on what one user may send (docs/production.md, "Limits"): each is refused with a Vietnamese message
# that says the limit, before the work it would cost. Uploaded workbooks and Word files are zips: their
# entries are checked (chitieu/core/zips.py) before any XML is parsed, and a sheet is read row by row.
CHITIEU_UPLOAD_MAX_BYTES = int(os.environ.get("CHITIEU_UPLOAD_MAX_BYTES", str(20 * 1024 * 1024)))
CHITIEU_EVIDENCE_MAX_BYTES = int(os.environ.get("CHITIEU_EVIDENCE_MAX_BYTES", str(10 * 1024 * 1024)))
CHITIEU_PASTE_MAX_CHARS = int(os.environ.get("CHITIEU_PASTE_MAX_CHARS", "200000"))
CHITIEU_UNZIPPED_MAX_BYTES = int(os.environ.get("CHITIEU_UNZIPPED_MAX_BYTES", str(200 * 1024 * 1024)))
CHITIEU_UNZIP_MAX_RATIO = int(os.environ.get("CHITIEU_UNZIP_MAX_RATIO", "100"))
CHITIEU_SHARED_STRINGS_MAX_CHARS = int(os.environ.get("CHITIEU_SHARED_STRINGS_MAX_CHARS", str(20_000_000)))
CHITIEU_WORKBOOK_MAX_ROWS = int(os.environ.get("CHITIEU_WORKBOOK_MAX_ROWS", "200000"))

# Signed reports (docs/documents.md, "Signed reports"). The key is in a PKCS#11 token when a module is named (the
# PIN from the environment only); otherwise the demo PKCS#12 file that `chitieu make-demo-certificate` writes.
# A time-stamp authority's URL makes signatures PAdES B-T; the trust list is a folder of CA certificates (PEM or
# DER), with their CRLs (*.crl) beside them.
CHITIEU_SIGNING_PKCS11_MODULE = os.environ.get("CHITIEU_SIGNING_PKCS11_MODULE", "")
CHITIEU_SIGNING_TOKEN_LABEL = os.environ.get("CHITIEU_SIGNING_TOKEN_LABEL", "")
CHITIEU_SIGNING_KEY_LABEL = os.environ.get("CHITIEU_SIGNING_KEY_LABEL", "")
CHITIEU_SIGNING_PIN = os.environ.get("CHITIEU_SIGNING_PIN", "")
CHITIEU_SIGNING_PKCS12 = os.environ.get("CHITIEU_SIGNING_PKCS12", str(VAR_DIR / "signing" / "demo.p12"))
CHITIEU_SIGNING_PKCS12_PASSPHRASE = os.environ.get("CHITIEU_SIGNING_PKCS12_PASSPHRASE", "")
CHITIEU_TSA_URL = os.environ.get("CHITIEU_TSA_URL", "")
CHITIEU_TRUST_DIR = os.environ.get("CHITIEU_TRUST_DIR", str(VAR_DIR / "signing" / "trust"))
CHITIEU_WORKBOOK_MAX_CELLS = int(os.environ.get("CHITIEU_WORKBOOK_MAX_CELLS", "3000000"))

# Static files served by the application itself (whitenoise), compressed; `chitieu collectstatic` first.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedStaticFilesStorage"
    },
}

# The cache counts failed logins (chitieu/core/throttle.py): shared by every server process through files,
# except in development where one process runs.
CACHE_DIR = os.environ.get("CACHE_DIR", "" if DEBUG else str(VAR_DIR / "cache"))
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": CACHE_DIR}
    if CACHE_DIR
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
# Evaluations shared by every worker (chitieu/reports/evaluations.py): Redis when REDIS_URL is set (e.g.
# redis://127.0.0.1:6379/0), else each process's memory, the embedded default.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES["evaluations"] = (
    {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "chitieu"}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "evaluations"}
)
# Pages read the roll-ups the write door keeps (results.rollups) instead of adding up every unit below; off,
# every page computes them from the observations as the reference does (`chitieu check-rollups` compares both).
READ_MAINTAINED_ROLLUPS = env_bool("CHITIEU_READ_ROLLUPS", True)

# Accounts (docs/production.md, "Accounts"). Every login form (/accounts/login/, /admin/login/) counts failures
# per user name and address, and per address alone so that one password tried on many user names is slowed too;
# either count reaching its limit locks for LOGIN_LOCK_SECONDS. Behind one office's NAT many users share an
# address: raise LOGIN_ADDRESS_FAILURE_LIMIT there.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "10"))
LOGIN_LOCK_SECONDS = int(os.environ.get("LOGIN_LOCK_SECONDS", str(15 * 60)))
# A session ends after SESSION_IDLE_MINUTES without a request (0: never), and SESSION_COOKIE_AGE seconds after
# the login whatever the activity (chitieu/core/middleware.py).
SESSION_IDLE_MINUTES = int(os.environ.get("SESSION_IDLE_MINUTES", "30"))
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(14 * 24 * 60 * 60)))
# A personal API token stops working this many days after it is made; a password change revokes it at once.
API_TOKEN_DAYS = int(os.environ.get("API_TOKEN_DAYS", "365"))
