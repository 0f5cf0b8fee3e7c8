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


def htmx_get(client, url, target, data=None):
    """What a list page answers when htmx asks for its results after a filter change."""
    return client.get(url, data or {}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET=target)


def results_fragment(response) -> str:
    """The HTML of an htmx answer of a list page, after checking that it is the results alone,
    that it updates the announced count outside them, and that caches keep it apart from the
    whole page."""
    html = response.content.decode()
    assert "<html" not in html
    assert 'hx-swap-oob="innerHTML:#result-count"' in html
    assert "HX-Target" in response["Vary"]
    return html
