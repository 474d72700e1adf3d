from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "chitieu.plans"
    verbose_name = _("Resolutions and targets")
