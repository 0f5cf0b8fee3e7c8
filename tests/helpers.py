from dataclasses import dataclass, fields

from allauth.mfa.models import Authenticator


@dataclass
class RolePeople:
    besucher: object
    mitglied: object
    digitallotse: object
    kommunen_admin: object
    fremder_admin: object
    redaktion: object
    netzwerkkoordination: object

    @classmethod
    def role_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def give_totp(user) -> None:
    """Staff roles must have MFA; tests that are not about MFA give them a TOTP device."""
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )


def login_as(client, user) -> None:
    if user is None:
        client.logout()
        return
    is_staff_role = user.groups.filter(name__in=["Redaktion", "Netzwerkkoordination"]).exists()
    if is_staff_role and not Authenticator.objects.filter(user=user).exists():
        give_totp(user)
    client.force_login(user)
