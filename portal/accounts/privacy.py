"""The rights the DSGVO gives every person over their account: a copy of their data
(Art. 15, 20) and erasure (Art. 17)."""

from collections.abc import Callable

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

# What other apps store about a person joins the export through `register_export`, called in
# their AppConfig.ready(), so that a new feature cannot be forgotten here.
_exports: dict[str, Callable[[object], object]] = {}


def register_export(section: str, collect: Callable[[object], object]) -> None:
    """Add `section` to every export, with the value `collect(user)` (JSON-serialisable)."""
    if section in _exports and _exports[section] is not collect:
        raise ValueError(f"An export section {section!r} is registered already.")
    _exports[section] = collect


def export_personal_data(user) -> dict:
    """Everything the portal stores about the person, in a machine-readable form.

    MFA secrets and password hashes are left out: they are credentials, not information
    about the person, and a leaked export must not open the account.
    """
    from network.models import Membership

    memberships = Membership.objects.filter(user=user).select_related("kommune")
    return {
        "exportiert_am": timezone.now().isoformat(),
        "konto": {
            "e_mail": user.email,
            "vorname": user.first_name,
            "nachname": user.last_name,
            "funktion": user.job_title,
            "registriert_am": user.date_joined.isoformat(),
            "letzte_anmeldung": user.last_login.isoformat() if user.last_login else None,
        },
        "e_mail_adressen": [
            {"adresse": a.email, "bestaetigt": a.verified, "primaer": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        "zwei_faktor": [
            {"art": a.get_type_display(), "eingerichtet_am": a.created_at.isoformat()}
            for a in Authenticator.objects.filter(user=user)
        ],
        "mitgliedschaften": [
            {
                "kommune": m.kommune.name,
                "ags": m.kommune.ags,
                "rolle": m.get_role_display(),
                "status": m.get_state_display(),
                "hauptmitgliedschaft": m.is_primary,
                "angefragt_am": m.requested_at.isoformat(),
            }
            for m in memberships
        ],
        "gruppen": list(user.groups.values_list("name", flat=True)),
        **{section: collect(user) for section, collect in _exports.items()},
    }


def kommunen_left_without_admin(user) -> list[str]:
    """Kommunen in which this person is the only admin: they must hand over first."""
    from network.models import Membership, Role

    sole = []
    admin_of = Membership.objects.confirmed().filter(user=user, role=Role.ADMIN)
    for membership in admin_of.select_related("kommune"):
        others = (
            Membership.objects.confirmed()
            .filter(kommune_id=membership.kommune_id, role=Role.ADMIN)
            .exclude(user=user)
        )
        if not others.exists():
            sole.append(membership.kommune.name)
    return sole


@transaction.atomic
def delete_account(user) -> None:
    """Erase the account with everything that is only about the person.

    Contributions others rely on (posts, case studies) are to be anonymised rather than
    deleted, once those features exist; they hook in here.
    """
    blocking = kommunen_left_without_admin(user)
    if blocking:
        raise ValidationError(
            _(
                "Sie sind die einzige Person mit der Rolle Kommunen-Admin für: %(kommunen)s. "
                "Bitte übertragen Sie diese Rolle zuerst an eine andere Person."
            )
            % {"kommunen": ", ".join(blocking)}
        )
    user.delete()
