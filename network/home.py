"""What the network contributes to the home page: the person's Kommunen, their next steps
there, and the network at a glance."""

from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.permissions import has_perm
from core.plugins import HomeSection, NextStep

from .models import Kommune, Membership, Role
from .services import open_requests_for_coordination

FIGURES_CACHE_KEY = "network:figures"


def own_memberships(user) -> list[Membership]:
    # Kept on the user object: the home page's section and next steps both ask in one request.
    if not hasattr(user, "_network_memberships"):
        user._network_memberships = list(
            Membership.objects.filter(user=user).select_related("kommune").order_by("-is_primary")
        )
    return user._network_memberships


def memberships_section(request) -> HomeSection | None:
    """The signed-in person's Kommunen and the requests still waiting."""
    if not request.user.is_authenticated:
        return None
    memberships = own_memberships(request.user)
    return HomeSection(
        "network/includes/home_memberships.html",
        {
            "confirmed": [m for m in memberships if m.is_confirmed],
            "pending": [m for m in memberships if not m.is_confirmed],
        },
        personal=True,
    )


def figures_section(request) -> HomeSection:
    return HomeSection("network/includes/home_figures.html", {"figures": network_figures()})


def next_steps(user) -> list[NextStep]:
    """Joining a Kommune, the requests an admin or the coordination has to decide, and an
    empty Kommune profile."""
    memberships = own_memberships(user)
    steps = [] if memberships else [_join_step()]
    for membership in memberships:
        if membership.is_confirmed and membership.role == Role.ADMIN:
            steps.extend(_admin_steps(membership.kommune))
    if has_perm(user, "network.review_requests"):
        steps.extend(_coordination_steps())
    return steps


def _join_step() -> NextStep:
    return NextStep(
        _("Ihrer Kommune beitreten"),
        _("Suchen Sie Ihre Kommune im Verzeichnis und fragen Sie die Mitgliedschaft an."),
        "/kommunen/",
        _("Zum Kommunenverzeichnis"),
    )


def _admin_steps(kommune: Kommune) -> list[NextStep]:
    steps = []
    open_requests = Membership.objects.requested().filter(kommune=kommune).count()
    if open_requests:
        steps.append(
            NextStep(
                _("Offene Beitrittsanfragen"),
                ngettext(
                    "%(count)s Person möchte %(kommune)s beitreten.",
                    "%(count)s Personen möchten %(kommune)s beitreten.",
                    open_requests,
                )
                % {"count": open_requests, "kommune": kommune.name},
                reverse("network:kommune_members", args=[kommune.ags]),
                _("Anfragen prüfen"),
            )
        )
    if not kommune.description:
        steps.append(
            NextStep(
                _("Profil vervollständigen"),
                _("Beschreiben Sie %(kommune)s, damit andere Kommunen Sie finden.")
                % {"kommune": kommune.name},
                reverse("network:kommune_edit", args=[kommune.ags]),
                _("Profil bearbeiten"),
            )
        )
    return steps


def _coordination_steps() -> list[NextStep]:
    waiting = open_requests_for_coordination().filter(kommune_has_admin=False).count()
    if not waiting:
        return []
    return [
        NextStep(
            _("Anfragen ohne Kommunen-Admin"),
            ngettext(
                "%(count)s Anfrage wartet auf die Netzwerkkoordination.",
                "%(count)s Anfragen warten auf die Netzwerkkoordination.",
                waiting,
            )
            % {"count": waiting},
            reverse("network:coordination_requests"),
            _("Anfragen prüfen"),
        )
    ]


def network_figures() -> dict:
    """The network at a glance for the home page. Counted at most every ten minutes: exact
    figures are not worth three COUNT queries on every visit at national scale."""
    figures = cache.get(FIGURES_CACHE_KEY)
    if figures is None:
        confirmed = Membership.objects.confirmed()
        figures = {
            "kommunen": Kommune.objects.count(),
            "laender": Kommune.objects.values("land").distinct().count(),
            "members": confirmed.values("user").distinct().count(),
            "lotsen": confirmed.filter(role=Role.DIGITALLOTSE).values("user").distinct().count(),
        }
        cache.set(FIGURES_CACHE_KEY, figures, 600)
    return figures
