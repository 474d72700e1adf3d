"""/api/v1/: the REST API (with /docs and /openapi.json) and the pages that manage personal tokens."""

from django.urls import path

from chitieu.api import views
from chitieu.api.api import api

urlpatterns = [
    path("tokens/", views.tokens, name="api_tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke, name="api_token_revoke"),
    path("", api.urls),
]
