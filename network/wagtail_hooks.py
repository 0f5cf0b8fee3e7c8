from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import plugins

from . import home, privacy
from .models import Kommune, Membership


class KommuneViewSet(SnippetViewSet):
    model = Kommune
    icon = "site"
    menu_label = _("Kommunen")
    list_display = ["name", "ags", "kind", "land", "population", "phase"]
    list_filter = ["land", "kind", "size_class", "phase"]
    list_export = [
        "name",
        "ags",
        "kind",
        "land",
        "kreis",
        "population",
        "size_class",
        "phase",
        "website",
    ]
    export_filename = "kommunen"
    search_fields = ["name", "ags"]
    ordering = ["name"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("ags"), FieldPanel("kind")]),
                FieldPanel("kreis"),
            ],
            heading=_("Stammdaten"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("population"),
                FieldPanel("phase"),
                FieldPanel("website"),
                FieldPanel("description"),
                FieldPanel("logo"),
            ],
            heading=_("Profil"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Lage")),
    ]


class MembershipViewSet(SnippetViewSet):
    """Read, inspect and export only for coordination (see migration 0004): changes go
    through the member management in the portal, which applies the rules."""

    model = Membership
    inspect_view_enabled = True
    icon = "group"
    menu_label = _("Mitgliedschaften")
    list_display = ["user", "kommune", "role", "state", "is_primary", "requested_at"]
    list_filter = ["state", "role", "is_primary"]
    list_export = ["user", "kommune", "role", "state", "is_primary", "requested_at", "decided_at"]
    export_filename = "mitgliedschaften"
    ordering = ["kommune__name", "user__last_name"]
    search_fields = ["kommune__name"]
    panels = [
        FieldPanel("user"),
        FieldPanel("kommune"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("state"), FieldPanel("is_primary")]),
    ]


class NetworkViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Netzwerk")
    menu_icon = "site"
    menu_order = 200
    items = (KommuneViewSet, MembershipViewSet)


register_snippet(NetworkViewSetGroup)


# The network's places in the portal (see core/plugins.py).


@hooks.register(plugins.HEADER_AREAS, order=50)
def kommunen_area():
    return plugins.HeaderArea(_("Kommunen"), "/kommunen/")


@hooks.register(plugins.USER_MENU, order=50)
def coordination_menu_link():
    return [
        plugins.MenuLink(
            _("Offene Beitrittsanfragen"),
            "network:coordination_requests",
            "network.review_requests",
        )
    ]


hooks.register(plugins.HOME_SECTIONS, home.memberships_section, order=10)
hooks.register(plugins.HOME_SECTIONS, home.figures_section, order=50)
hooks.register(plugins.NEXT_STEPS, home.next_steps, order=10)
hooks.register(plugins.DELETION_GUARDS, privacy.sole_admin_blockers)
hooks.register(plugins.DELETION_CLEANUPS, privacy.forget_accepted_invitations)


@hooks.register(plugins.DATA_EXPORT, order=10)
def membership_export():
    return "mitgliedschaften", privacy.export_memberships


@hooks.register(plugins.DATA_EXPORT, order=11)
def invitation_export():
    return "einladungen", privacy.export_invitations


@hooks.register(plugins.DATA_EXPORT, order=12)
def decision_export():
    return "entschiedene_beitrittsanfragen", privacy.export_decisions


@hooks.register(plugins.NOTIFICATION_KINDS)
def network_notifications():
    return [
        plugins.NotificationKind("network.membership_requested", _("Neue Beitrittsanfrage")),
        plugins.NotificationKind("network.membership_confirmed", _("Mitgliedschaft bestätigt")),
        plugins.NotificationKind("network.membership_declined", _("Beitrittsanfrage abgelehnt")),
        plugins.NotificationKind("network.membership_removed", _("Mitgliedschaft beendet")),
        plugins.NotificationKind("network.invitation", _("Einladung in eine Kommune")),
    ]


@hooks.register(plugins.MEMBER_OFFERS, order=50)
def network_offer():
    return _("vergleichbare Kommunen und ihre Digitallotsen im Verzeichnis finden")
