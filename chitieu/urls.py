"""URL map: each app's pages under its own prefix, the back office under /admin/."""

from django.contrib import admin
from django.urls import include, path

from chitieu.core import (
    converters,  # noqa: F401 - registers <year:…> before the apps' URL maps use it
    throttle,
    views,
)

urlpatterns = [
    path("", include("chitieu.reports.urls")),
    path("entry/", include("chitieu.results.urls")),
    path("setup/", include("chitieu.setup.urls")),
    path("documents/", include("chitieu.documents.urls")),
    path("signed/", include("chitieu.documents.signed.urls")),
    path("reading/", include("chitieu.reading.urls")),
    path("api/v1/", include("chitieu.api.urls")),
    path("accounts/login/", throttle.login, name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("favicon.ico", views.favicon),
]

# A dropped database connection met outside a view answers "try again" (503), not a 500 (chitieu/core/outage.py).
handler500 = "chitieu.core.outage.server_error"
