from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SetupConfig(AppConfig):
    name = "chitieu.setup"
    verbose_name = _("Resolution setup")
