"""The network's part of the DSGVO rights: memberships in the data export, and the rule that
a Kommune must not lose its last admin through an account deletion."""

from django.utils.translation import gettext as _

from core.plugins import DeletionBlocker

from .models import Membership
from .services import kommunen_only_administered_by


def export_memberships(user) -> list[dict]:
    memberships = Membership.objects.filter(user=user).select_related("kommune")
    return [
        {
            "kommune": m.kommune.name,
            "ags": m.kommune.ags,
            "rolle": m.get_role_display(),
            "status": m.get_state_display(),
            "hauptmitgliedschaft": m.is_primary,
            "angefragt_am": m.requested_at.isoformat(),
        }
        for m in memberships
    ]


def sole_admin_blockers(user) -> list[DeletionBlocker]:
    kommunen = kommunen_only_administered_by(user)
    if not kommunen:
        return []
    return [
        DeletionBlocker(
            _("Bitte zuerst die Admin-Rolle übertragen"),
            _(
                "Sie sind die einzige Person mit der Rolle Kommunen-Admin für: %(kommunen)s. "
                "Bitte übertragen Sie diese Rolle zuerst an eine andere Person."
            )
            % {"kommunen": ", ".join(kommune.name for kommune in kommunen)},
        )
    ]
