from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Accounts live in their own app: the user model must migrate before Wagtail's pages."""

    name = "portal.accounts"
    label = "accounts"
    verbose_name = _("Konten")

    def ready(self):
        from . import signals  # noqa: F401
