"""What people do with Kommunen and memberships, as plain functions the views call."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.mail import notify
from core.permissions import NETZWERKKOORDINATION, has_perm
from core.plugins import member_offers

from .ags import looks_like_ags, normalise_ags
from .models import Invitation, Kommune, Membership, MembershipState, Role, fold_name


def resolve_kommune(text: str) -> Kommune:
    """Find exactly one Kommune from what a person typed: an AGS or a name."""
    ags = normalise_ags(text)
    if looks_like_ags(ags):
        kommune = Kommune.objects.filter(ags=ags).first()
        if kommune is None:
            raise ValidationError(_("Es ist keine Kommune mit diesem AGS eingetragen."))
        return kommune
    folded = fold_name(text)
    matches = list(Kommune.objects.filter(name_folded=folded)[:2])
    if not matches:
        matches = list(Kommune.objects.filter(name_folded__contains=folded)[:2])
    if not matches:
        raise ValidationError(
            _(
                "Wir haben keine Kommune mit diesem Namen gefunden. "
                "Bitte prüfen Sie die Schreibweise."
            )
        )
    if len(matches) > 1:
        raise ValidationError(
            _(
                "Mehrere Kommunen passen zu „%(text)s“. Bitte geben Sie den Amtlichen "
                "Gemeindeschlüssel (AGS) an; Sie finden ihn im Kommunenverzeichnis."
            )
            % {"text": text.strip()}
        )
    return matches[0]


def admin_emails(kommune: Kommune) -> list[str]:
    return list(
        Membership.objects.confirmed()
        .filter(kommune=kommune, role=Role.ADMIN, user__is_active=True)
        .values_list("user__email", flat=True)
    )


def coordinator_emails() -> list[str]:
    return list(
        get_user_model()
        .objects.filter(groups__name=NETZWERKKOORDINATION, is_active=True)
        .values_list("email", flat=True)
    )


def deciders_of(kommune: Kommune) -> list[str]:
    """Who decides on requests: the Kommune's admins, or, where it has none yet (most of the
    10,800 Kommunen at first), the Netzwerkkoordination."""
    return admin_emails(kommune) or coordinator_emails()


def _lock_kommune(kommune_id: int) -> None:
    # Serialises changes to one Kommune's admins: two admins demoting each other at the same
    # moment must not leave the Kommune without any.
    Kommune.objects.select_for_update().filter(pk=kommune_id).first()


@transaction.atomic
def request_membership(user, kommune: Kommune) -> Membership:
    existing = Membership.objects.filter(user=user, kommune=kommune).first()
    if existing:
        return existing
    membership = Membership.objects.create(
        user=user,
        kommune=kommune,
        is_primary=not Membership.objects.filter(user=user, is_primary=True).exists(),
    )
    # Requests from unconfirmed addresses wait: nobody can make a Kommune's admins receive
    # mail by typing someone else's address at sign-up.
    if EmailAddress.objects.filter(user=user, verified=True).exists():
        notify_admins_of_request(membership)
    return membership


def notify_admins_of_request(membership: Membership) -> None:
    notify(
        "network.membership_requested",
        {"membership": membership, "kommune": membership.kommune, "person": membership.user},
        deciders_of(membership.kommune),
    )


def notify_admins_of_waiting_requests(user) -> None:
    """Called when the person confirmed an address. Only the first confirmation sends the
    waiting requests; confirming a second address later must not repeat them."""
    if EmailAddress.objects.filter(user=user, verified=True).count() != 1:
        return
    for membership in Membership.objects.requested().filter(user=user).select_related("kommune"):
        notify_admins_of_request(membership)


def _ensure_pending(membership: Membership) -> None:
    if membership.state != MembershipState.REQUESTED:
        raise ValidationError(_("Über diese Anfrage wurde bereits entschieden."))


@transaction.atomic
def confirm_membership(membership: Membership, decided_by, role: str = Role.MITGLIED):
    _ensure_pending(membership)
    membership.state = MembershipState.CONFIRMED
    membership.role = role
    membership.decided_by = decided_by
    membership.decided_at = timezone.now()
    membership.save(update_fields=["state", "role", "decided_by", "decided_at"])
    context = {"membership": membership, "offers": member_offers}
    notify("network.membership_confirmed", context, [membership.user.email])
    return membership


@transaction.atomic
def decline_membership(membership: Membership) -> None:
    _ensure_pending(membership)
    _drop_open_invitations(membership)
    context = {"kommune": membership.kommune, "person": membership.user}
    recipient = membership.user.email
    membership.delete()
    notify("network.membership_declined", context, [recipient])


def _is_last_admin(membership: Membership) -> bool:
    other_admins = Membership.objects.confirmed().filter(
        kommune_id=membership.kommune_id, role=Role.ADMIN
    )
    return not other_admins.exclude(pk=membership.pk).exists()


def _would_leave_kommune_without_admin(membership: Membership) -> bool:
    if membership.role != Role.ADMIN or not membership.is_confirmed:
        return False
    _lock_kommune(membership.kommune_id)
    return _is_last_admin(membership)


def kommunen_only_administered_by(user) -> list[Kommune]:
    """Kommunen in which this person is the only admin: they must hand over before leaving
    the network."""
    admin_of = Membership.objects.confirmed().filter(user=user, role=Role.ADMIN)
    return [m.kommune for m in admin_of.select_related("kommune") if _is_last_admin(m)]


@transaction.atomic
def change_role(membership: Membership, role: str) -> Membership:
    if role not in Role.values:
        raise ValidationError(_("Diese Rolle gibt es nicht."))
    if role != Role.ADMIN and _would_leave_kommune_without_admin(membership):
        raise ValidationError(
            _("Die Kommune braucht mindestens eine Person mit der Rolle Kommunen-Admin.")
        )
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def remove_membership(membership: Membership, removed_by) -> None:
    if _would_leave_kommune_without_admin(membership):
        raise ValidationError(
            _("Die letzte Person mit der Rolle Kommunen-Admin kann nicht entfernt werden.")
        )
    if membership.user_id == removed_by.pk:
        raise PermissionDenied
    context = {"kommune": membership.kommune, "person": membership.user}
    recipient = membership.user.email
    _end_membership(membership)
    notify("network.membership_removed", context, [recipient])


def _drop_open_invitations(membership: Membership) -> None:
    """An invitation must not bring back someone whose membership just ended or was declined."""
    addresses = list(
        EmailAddress.objects.filter(user_id=membership.user_id).values_list("email", flat=True)
    )
    addresses.append(membership.user.email)
    Invitation.objects.filter(
        kommune_id=membership.kommune_id,
        accepted_at__isnull=True,
        email__in=[address.lower() for address in addresses],
    ).delete()


def _end_membership(membership: Membership) -> None:
    user, was_primary = membership.user, membership.is_primary
    _drop_open_invitations(membership)
    membership.delete()
    if was_primary:
        _promote_next_primary(user)


def _promote_next_primary(user) -> None:
    # A confirmed membership ("bestaetigt" sorts before "angefragt" descending) is a better
    # home than a pending request.
    successor = Membership.objects.filter(user=user).order_by("-state", "requested_at").first()
    if successor:
        successor.is_primary = True
        successor.save(update_fields=["is_primary"])


def filter_kommunen(queryset, *, land="", kind="", size_class="", phase=None, q=""):
    """The directory's filters; every one of them is answered by an index."""
    if land:
        queryset = queryset.filter(land=land)
    if kind:
        queryset = queryset.filter(kind=kind)
    if size_class:
        queryset = queryset.filter(size_class=size_class)
    if phase:
        queryset = queryset.filter(phase=phase)
    if q:
        ags = normalise_ags(q)
        if looks_like_ags(ags):
            queryset = queryset.filter(ags__startswith=ags)
        else:
            queryset = queryset.filter(name_folded__contains=fold_name(q))
    return queryset


@transaction.atomic
def invite_member(kommune: Kommune, email: str, role: str, invited_by) -> Invitation:
    email = email.strip().lower()
    member_addresses = EmailAddress.objects.filter(email__iexact=email).values("user_id")
    members = Membership.objects.confirmed().filter(kommune=kommune)
    if members.filter(Q(user__email__iexact=email) | Q(user_id__in=member_addresses)).exists():
        raise ValidationError(
            _("Diese Person ist bereits Mitglied von %(kommune)s.") % {"kommune": kommune.name}
        )
    stale = Invitation.objects.filter(kommune=kommune, email=email, accepted_at__isnull=True)
    # An expired invitation to the same address is replaced; an open one is not sent twice.
    if stale.open().exists():
        raise ValidationError(_("An diese Adresse ist bereits eine Einladung unterwegs."))
    stale.delete()
    invitation = Invitation.objects.create(
        kommune=kommune, email=email, role=role, invited_by=invited_by
    )
    # A callable: the template calls it while rendering in German.
    context = {"invitation": invitation, "kommune": kommune, "offers": member_offers}
    notify("network.invitation", context, [email])
    return invitation


def revoke_invitation(invitation: Invitation) -> None:
    if invitation.accepted_at:
        raise ValidationError(_("Diese Einladung wurde bereits angenommen."))
    invitation.delete()


@transaction.atomic
def accept_invitation(invitation: Invitation, user) -> Membership:
    if not invitation.is_open:
        raise ValidationError(_("Diese Einladung ist abgelaufen oder wurde bereits angenommen."))
    # Checked here as well as in the view: no caller may hand a Kommune's rights to another
    # address than the one invited.
    if not has_perm(user, "invitation.accept", invitation):
        raise PermissionDenied
    membership, _created = Membership.objects.get_or_create(
        user=user,
        kommune=invitation.kommune,
        defaults={"is_primary": not Membership.objects.filter(user=user, is_primary=True).exists()},
    )
    # An invitation opens the door; it never changes the role of someone already inside,
    # so an old link cannot demote an admin.
    if not membership.is_confirmed:
        membership.state = MembershipState.CONFIRMED
        membership.role = invitation.role
        membership.decided_by = invitation.invited_by
        membership.decided_at = timezone.now()
        membership.save(update_fields=["state", "role", "decided_by", "decided_at"])
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return membership


@transaction.atomic
def make_primary(membership: Membership) -> Membership:
    """A person in a Landkreis and one of its Gemeinden chooses where they mainly work."""
    if not membership.is_confirmed:
        raise ValidationError(
            _("Nur eine bestätigte Mitgliedschaft kann Hauptmitgliedschaft werden.")
        )
    Membership.objects.filter(user_id=membership.user_id, is_primary=True).exclude(
        pk=membership.pk
    ).update(is_primary=False)
    membership.is_primary = True
    membership.save(update_fields=["is_primary"])
    return membership


@transaction.atomic
def leave_kommune(membership: Membership) -> None:
    """A person ends their own membership (or withdraws a request)."""
    if _would_leave_kommune_without_admin(membership):
        raise ValidationError(
            _(
                "Sie sind die einzige Person mit der Rolle Kommunen-Admin. Bitte übertragen "
                "Sie diese Rolle zuerst an eine andere Person."
            )
        )
    _end_membership(membership)


def open_requests_for_coordination():
    """All pending requests, those to Kommunen without an admin first: nobody else will
    answer them. Annotated, so that the list costs the same few queries at any length."""
    admins = Membership.objects.confirmed().filter(kommune=OuterRef("kommune"), role=Role.ADMIN)
    verified = EmailAddress.objects.filter(user=OuterRef("user"), verified=True)
    return (
        Membership.objects.requested()
        .select_related("user", "kommune")
        .annotate(kommune_has_admin=Exists(admins), email_verified=Exists(verified))
        .order_by("kommune_has_admin", "requested_at")
    )
