from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Suche")

    def ready(self):
        from . import permissions  # noqa: F401  (registers the rules)
        from .signals import connect_signals

        # Each app declares its searchable types in its own `search_types.py`.
        autodiscover_modules("search_types")
        connect_signals()
