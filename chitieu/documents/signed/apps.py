from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignedConfig(AppConfig):
    """Signed review reports: an app of its own inside documents, so its tables migrate apart from the drafts'."""

    name = "chitieu.documents.signed"
    label = "signed"
    verbose_name = _("Signed reports")
