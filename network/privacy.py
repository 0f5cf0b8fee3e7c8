"""The network's part of the DSGVO rights: memberships, invitations and decisions on
membership requests in the data export; on deletion, the invitations the person accepted; and
the rule that a Kommune must not lose its last admin through an account deletion."""

from allauth.account.models import EmailAddress
from django.utils.translation import gettext as _

from core.export import iso
from core.plugins import DeletionBlocker

from .models import Invitation, Membership
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


def _own_addresses(user) -> list[str]:
    # Invitations store the address in lower case (services.invite_member).
    addresses = EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    return [address.lower() for address in {user.email, *addresses}]


def _invitations_to(user):
    return Invitation.objects.filter(email__in=_own_addresses(user))


def export_invitations(user) -> dict:
    """Invitations to the person's addresses, and those they sent as a Kommunen-Admin (with
    the address they typed in themselves)."""
    received = _invitations_to(user).select_related("kommune")
    sent = Invitation.objects.filter(invited_by=user).select_related("kommune")
    return {
        "erhalten": [
            {
                "kommune": invitation.kommune.name,
                "rolle": invitation.get_role_display(),
                "eingeladen_am": iso(invitation.created_at),
                "angenommen_am": iso(invitation.accepted_at),
            }
            for invitation in received
        ],
        "verschickt": [
            {
                "kommune": invitation.kommune.name,
                "e_mail": invitation.email,
                "rolle": invitation.get_role_display(),
                "eingeladen_am": iso(invitation.created_at),
                "angenommen_am": iso(invitation.accepted_at),
            }
            for invitation in sent
        ],
    }


def export_decisions(user) -> list[dict]:
    """Membership requests the person confirmed as a Kommunen-Admin or in the coordination."""
    decided = Membership.objects.filter(decided_by=user).select_related("kommune", "user")
    return [
        {
            "kommune": m.kommune.name,
            "person": m.user.get_full_name() or m.user.email,
            "rolle": m.get_role_display(),
            "entschieden_am": iso(m.decided_at),
        }
        for m in decided.order_by("decided_at")
    ]


def forget_accepted_invitations(user) -> None:
    """An accepted invitation only records how the person joined; the membership goes with the
    account, and so does the address. Open ones stay: they are the admin's, and expire."""
    _invitations_to(user).filter(accepted_at__isnull=False).delete()


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
