from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CriteriaConfig(AppConfig):
    name = "chitieu.criteria"
    verbose_name = _("Criteria sets")
