"""The rights the DSGVO gives every person over their account: a copy of their data
(Art. 15, 20) and erasure (Art. 17)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from core.plugins import clean_up_before_deletion, data_export_sections, deletion_blockers


def export_personal_data(user) -> dict:
    """Everything the portal stores about the person, in a machine-readable form.

    MFA secrets and password hashes are left out: they are credentials, not information
    about the person, and a leaked export must not open the account.
    """
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
        "gruppen": list(user.groups.values_list("name", flat=True)),
        # What the apps store about the person: each registers its section (DATA_EXPORT).
        **data_export_sections(user),
    }


@transaction.atomic
def delete_account(user) -> None:
    """Erase the account with everything that is only about the person.

    Contributions others rely on (case studies, later posts) stay, anonymised by their apps
    (DELETION_CLEANUPS) before the user row and what cascades from it go.
    """
    blockers = deletion_blockers(user)
    if blockers:
        raise ValidationError([blocker.text for blocker in blockers])
    clean_up_before_deletion(user)
    user.delete()
