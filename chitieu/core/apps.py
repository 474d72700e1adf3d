from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "chitieu.core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from chitieu.core.collation import register_sqlite_collation
        from chitieu.core.middleware import stamp_login

        connection_created.connect(register_sqlite_collation, dispatch_uid="chitieu-vi-collation")
        user_logged_in.connect(stamp_login, dispatch_uid="chitieu-session-stamps")
