from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.permissions import has_perm


class ReportsMenuItem(MenuItem):
    """The learning reports are a portal page; the CMS links to them for the roles that
    may read them."""

    def is_shown(self, request):
        return has_perm(request.user, "learning.view_reports")


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(
        _("Lernberichte"),
        reverse_lazy("learning_reports:overview"),
        name="lernberichte",
        icon_name="table",
        order=900,
    )
