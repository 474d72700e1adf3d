from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadingConfig(AppConfig):
    name = "chitieu.reading"
    verbose_name = _("Reading reports")
