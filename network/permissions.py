"""Rules for Kommunen and memberships, registered with the portal's permission module."""

from core.permissions import is_coordinator, is_signed_in, rule

from .models import MembershipState, Role


def confirmed_roles(user) -> dict[int, str]:
    """Kommune id -> role of the user's confirmed memberships, loaded once per request."""
    if not is_signed_in(user):
        return {}
    if not hasattr(user, "_network_roles"):
        from .models import Membership

        user._network_roles = dict(
            Membership.objects.filter(user=user, state=MembershipState.CONFIRMED).values_list(
                "kommune_id", "role"
            )
        )
    return user._network_roles


def is_kommune_admin(user, kommune) -> bool:
    return confirmed_roles(user).get(kommune.pk) == Role.ADMIN


def is_member_of(user, kommune) -> bool:
    return kommune.pk in confirmed_roles(user)


def is_lotse(user) -> bool:
    return Role.DIGITALLOTSE in confirmed_roles(user).values()


@rule("kommune.view")
def can_view_kommune(user, kommune) -> bool:
    return True  # Kommune profiles are public: Kommunen want to be found.


@rule("kommune.list")
def can_list_kommunen(user, obj=None) -> bool:
    return True  # The directory is public: Kommunen want to be found.


@rule("kommune.edit")
def can_edit_kommune(user, kommune) -> bool:
    return is_coordinator(user) or is_kommune_admin(user, kommune)


@rule("kommune.manage_members")
def can_manage_members(user, kommune) -> bool:
    return is_coordinator(user) or is_kommune_admin(user, kommune)


@rule("kommune.see_members")
def can_see_members(user, kommune) -> bool:
    """Names of a Kommune's people are for the network's signed-in members only."""
    return is_coordinator(user) or bool(confirmed_roles(user))


@rule("kommune.request_membership")
def can_request_membership(user, kommune) -> bool:
    return is_signed_in(user)


@rule("membership.decide")
def can_decide_membership(user, membership) -> bool:
    return can_manage_members(user, membership.kommune)


@rule("invitation.view")
def can_view_invitation(user, invitation) -> bool:
    """The unguessable token in the link is the key to the page; accepting needs more."""
    return True


@rule("invitation.accept")
def can_accept_invitation(user, invitation) -> bool:
    """Only the person the invitation was sent to: their verified address must match."""
    if not is_signed_in(user):
        return False
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(
        user=user, email__iexact=invitation.email, verified=True
    ).exists()


@rule("membership.manage_own")
def can_manage_own_membership(user, membership) -> bool:
    return is_signed_in(user) and membership.user_id == user.pk


@rule("invitation.revoke")
def can_revoke_invitation(user, invitation) -> bool:
    return can_manage_members(user, invitation.kommune)


@rule("network.review_requests")
def can_review_all_requests(user, obj=None) -> bool:
    """The network-wide queue of membership requests is coordination's work."""
    return is_coordinator(user)
