"""What members do with a published case study: the Merkliste, a usefulness rating,
"Das wollen wir auch", and choosing case studies to compare side by side."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, QuerySet
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from core.mail import notify
from core.parsing import parse_ids
from core.permissions import has_perm
from network.models import Kommune, Membership
from network.permissions import confirmed_roles
from network.services import admin_emails

from .models import Bookmark, CaseStudyPage, Rating, ReplicationInterest
from .queries import published_case_studies, with_list_data
from .submission import plain_text

COMPARE_MIN = 2
COMPARE_MAX = 3
COMPARE_SESSION_KEY = "bestpractice_compare"
MESSAGE_MAX_LENGTH = 2000


# --- Merkliste ------------------------------------------------------------------------------


def _ensure(user, action: str, page: CaseStudyPage) -> None:
    if not has_perm(user, action, page) or not page.live:
        raise PermissionDenied


def bookmark(user, page: CaseStudyPage) -> Bookmark:
    _ensure(user, "bestpractice.bookmark", page)
    entry, _created = Bookmark.objects.get_or_create(user=user, case_study=page)
    return entry


def unbookmark(user, page: CaseStudyPage) -> None:
    Bookmark.objects.filter(user=user, case_study=page).delete()


def bookmarked_case_studies(user) -> QuerySet:
    """The person's Merkliste, newest entry first; pages taken offline drop out."""
    return with_list_data(
        published_case_studies().filter(bookmarks__user=user).order_by("-bookmarks__created_at")
    )


# --- rating ---------------------------------------------------------------------------------


def rate(user, page: CaseStudyPage, usefulness: int) -> Rating:
    """One vote per person and case study; voting again changes the vote."""
    _ensure(user, "bestpractice.rate", page)
    if usefulness not in range(1, 6):
        raise ValidationError(_("Bitte wählen Sie eine Bewertung von 1 bis 5."))
    rating, _created = Rating.objects.update_or_create(
        user=user, case_study=page, defaults={"usefulness": usefulness}
    )
    return rating


@dataclass(frozen=True)
class RatingSummary:
    average: float | None
    count: int


def rating_summary(page: CaseStudyPage) -> RatingSummary:
    figures = Rating.objects.filter(case_study=page).aggregate(
        average=Avg("usefulness"), count=Count("pk")
    )
    average = figures["average"]
    return RatingSummary(round(average, 1) if average is not None else None, figures["count"])


# --- "Das wollen wir auch" ------------------------------------------------------------------


def interest_kommunen(user) -> QuerySet:
    """The Kommunen a person may speak for: their confirmed memberships."""
    return Kommune.objects.filter(pk__in=list(confirmed_roles(user))).order_by("name")


def _reachable(person, sender) -> bool:
    return person is not None and person.is_active and bool(person.email) and person.pk != sender.pk


@dataclass(frozen=True)
class InterestAudience:
    """Who hears of an interest: the contact person, or, where the case study names none who
    can be reached, the confirmed admins of each of its Kommunen (kept per Kommune, so that
    admins never see the addresses of another Kommune's admins). Empty if nobody is left."""

    contact_person: object | None = None
    admins: dict[Kommune, list[str]] = field(default_factory=dict)

    @property
    def reaches_anybody(self) -> bool:
        return self.contact_person is not None or bool(self.admins)


def interest_audience(page: CaseStudyPage, sender) -> InterestAudience:
    if _reachable(page.contact_person, sender):
        return InterestAudience(contact_person=page.contact_person)
    admins = {}
    for kommune in page.kommunen.order_by("name"):
        addresses = [address for address in admin_emails(kommune) if address != sender.email]
        if addresses:
            admins[kommune] = addresses
    return InterestAudience(admins=admins)


def _tell(audience: InterestAudience, context: dict) -> None:
    kind = "bestpractice.replication_interest"
    if audience.contact_person is not None:
        notify(kind, context, [audience.contact_person.email])
    for kommune, addresses in audience.admins.items():
        notify(kind, {**context, "admin_of": kommune}, addresses)


def interest_confirmation(kommune: Kommune, audience: InterestAudience) -> str:
    """The answer to "Das wollen wir auch": what was stored and whom it reached."""
    stored = _("Gespeichert: %(kommune)s möchte dieses Praxisbeispiel nachnutzen.") % {
        "kommune": kommune.name
    }
    if audience.contact_person is not None:
        told = _("Die Ansprechperson ist informiert.")
    elif audience.admins:
        names = get_text_list([k.name for k in audience.admins], _("und"))
        told = _(
            "Das Praxisbeispiel nennt keine Ansprechperson; die Kommunen-Admins von "
            "%(kommunen)s sind informiert."
        ) % {"kommunen": names}
    else:
        told = _(
            "Niemand wurde benachrichtigt: Das Praxisbeispiel nennt keine Ansprechperson, und "
            "keine der Kommunen hat Kommunen-Admins im Netzwerk. Das Interesse bleibt gespeichert."
        )
    return f"{stored} {told}"


@transaction.atomic
def want_too(user, page: CaseStudyPage, kommune: Kommune, message: str = "") -> InterestAudience:
    """Store that `kommune` wants to replicate the case study and tell whoever can answer for
    it (see InterestAudience); returns whom it told. Once per Kommune and case study: a second
    press by a colleague changes nothing."""
    _ensure(user, "bestpractice.want_too", page)
    if not Membership.objects.confirmed().filter(user=user, kommune=kommune).exists():
        raise PermissionDenied
    message = plain_text(message)[:MESSAGE_MAX_LENGTH]
    if page.kommunen.filter(pk=kommune.pk).exists():
        raise ValidationError(
            _("%(kommune)s hat dieses Praxisbeispiel selbst umgesetzt.") % {"kommune": kommune.name}
        )
    if ReplicationInterest.objects.filter(kommune=kommune, case_study=page).exists():
        raise ValidationError(
            _("%(kommune)s hat bereits Interesse an diesem Praxisbeispiel bekundet.")
            % {"kommune": kommune.name}
        )
    try:
        with transaction.atomic():
            interest = ReplicationInterest.objects.create(
                user=user, kommune=kommune, case_study=page, message=message
            )
    except IntegrityError:  # a colleague was faster by a split second
        raise ValidationError(
            _("%(kommune)s hat bereits Interesse an diesem Praxisbeispiel bekundet.")
            % {"kommune": kommune.name}
        ) from None
    audience = interest_audience(page, user)
    _tell(audience, {"interest": interest, "page": page, "kommune": kommune, "person": user})
    return audience


# --- comparison -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    case_studies: list[CaseStudyPage]
    error: str = ""
    missing: int = 0  # ids that are no published case study


def compare(ids: list[int]) -> Comparison:
    """The published case studies among `ids`, in the order asked for, when there are two or
    three of them. Unpublished or unknown ids are left out and counted."""
    if len(ids) > COMPARE_MAX:
        return Comparison([], _("Sie können höchstens drei Praxisbeispiele vergleichen."))
    found = {
        page.pk: page
        for page in with_list_data(published_case_studies().filter(pk__in=ids)).select_related(
            "foerderprogramm"
        )
    }
    case_studies = [found[pk] for pk in ids if pk in found]
    missing = len(ids) - len(case_studies)
    if len(case_studies) < COMPARE_MIN:
        return Comparison(
            case_studies,
            _("Bitte wählen Sie mindestens zwei veröffentlichte Praxisbeispiele zum Vergleich."),
            missing,
        )
    return Comparison(case_studies, "", missing)


def compare_selection(session) -> list[int]:
    return parse_ids(session.get(COMPARE_SESSION_KEY, []))


def add_to_comparison(session, page: CaseStudyPage) -> list[int]:
    selection = compare_selection(session)
    if page.pk in selection:
        return selection
    if len(selection) >= COMPARE_MAX:
        raise ValidationError(
            _(
                "Es sind bereits drei Praxisbeispiele zum Vergleich ausgewählt. Entfernen Sie "
                "zuerst eines."
            )
        )
    selection.append(page.pk)
    session[COMPARE_SESSION_KEY] = [str(pk) for pk in selection]
    return selection


def remove_from_comparison(session, page_id: int) -> list[int]:
    selection = [pk for pk in compare_selection(session) if pk != page_id]
    session[COMPARE_SESSION_KEY] = [str(pk) for pk in selection]
    return selection


# --- what the buttons on a case study show ----------------------------------------------------


@dataclass(frozen=True)
class EngagementState:
    may_bookmark: bool
    may_rate: bool
    may_want_too: bool
    may_submit: bool
    bookmarked: bool
    own_rating: int | None
    rating: RatingSummary
    open_kommunen: list[Kommune]
    interested_kommunen: list[Kommune]
    in_comparison: bool
    comparison_count: int
    comparison_full: bool


def engagement_state(user, page: CaseStudyPage, session) -> EngagementState:
    """Everything the action buttons need, in a fixed number of queries."""
    may_bookmark = has_perm(user, "bestpractice.bookmark", page)
    may_rate = has_perm(user, "bestpractice.rate", page)
    may_want_too = has_perm(user, "bestpractice.want_too", page)
    selection = compare_selection(session)
    own_rating = None
    kommunen: list[Kommune] = []
    interested: set[int] = set()
    if may_rate:
        own_rating = (
            Rating.objects.filter(user=user, case_study=page)
            .values_list("usefulness", flat=True)
            .first()
        )
    if may_want_too:
        # A Kommune does not want to replicate what it did itself.
        kommunen = list(interest_kommunen(user).exclude(case_studies=page))
        interested = set(
            ReplicationInterest.objects.filter(
                case_study=page, kommune__in=[k.pk for k in kommunen]
            ).values_list("kommune_id", flat=True)
        )
    return EngagementState(
        may_bookmark=may_bookmark,
        may_rate=may_rate,
        may_want_too=may_want_too,
        may_submit=has_perm(user, "bestpractice.submit"),
        bookmarked=may_bookmark and Bookmark.objects.filter(user=user, case_study=page).exists(),
        own_rating=own_rating,
        rating=rating_summary(page),
        open_kommunen=[k for k in kommunen if k.pk not in interested],
        interested_kommunen=[k for k in kommunen if k.pk in interested],
        in_comparison=page.pk in selection,
        comparison_count=len(selection),
        comparison_full=len(selection) >= COMPARE_MAX,
    )
