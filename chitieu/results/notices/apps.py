from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    """In-app notices: an app of its own inside results, so its table migrates apart from the figures'."""

    name = "chitieu.results.notices"
    label = "notices"
    verbose_name = _("Notifications")
