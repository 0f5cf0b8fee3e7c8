from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BestpracticeConfig(AppConfig):
    name = "bestpractice"
    verbose_name = _("Praxisbeispiele")

    def ready(self):
        from . import cache, notifications, permissions, uploads  # noqa: F401  (rules and receivers)
