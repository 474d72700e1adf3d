from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScaleConfig(AppConfig):
    name = "chitieu.scale"
    verbose_name = _("National scale")
