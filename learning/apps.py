from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Lernen")

    def ready(self):
        from portal.accounts.privacy import register_export

        from . import permissions, permissions_certificates  # noqa: F401  (registers the rules)
        from .privacy import export_learning

        register_export("lernen", export_learning)
