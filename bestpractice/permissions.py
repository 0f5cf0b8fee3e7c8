"""Rules for case studies, registered with the portal's permission module.

Published case studies are public. Contact persons are for the network's members; acting on
a case study (Merkliste, rating, "Das wollen wir auch") is what members do; submitting is for
a Kommune's admins and Digitallotsen, for their own Kommune only.
"""

from core.permissions import is_coordinator, is_editor, is_signed_in, rule
from network.models import Role
from network.permissions import confirmed_roles

# The roles that may speak for their Kommune with a case study.
SUBMITTING_ROLES = frozenset({Role.ADMIN, Role.DIGITALLOTSE})


def is_network_member(user) -> bool:
    """Signed in with at least one confirmed membership in a Kommune."""
    return bool(confirmed_roles(user))


def is_staff_role(user) -> bool:
    return is_editor(user) or is_coordinator(user)


def submitting_kommune_ids(user) -> set[int]:
    """The Kommunen the person may submit case studies for."""
    return {pk for pk, role in confirmed_roles(user).items() if role in SUBMITTING_ROLES}


@rule("bestpractice.view")
def can_view_case_studies(user, page=None) -> bool:
    """Published case studies are public; Wagtail's view restrictions and drafts are handled
    by the page tree before this rule is asked."""
    return True


@rule("bestpractice.see_contact")
def can_see_contact(user, page=None) -> bool:
    """Contact persons are people, not a public directory: shown to the network's members and
    to the staff roles, never to anonymous visitors or to people without a confirmed Kommune."""
    return is_network_member(user) or is_staff_role(user)


@rule("bestpractice.bookmark")
def can_bookmark(user, page=None) -> bool:
    return is_network_member(user) or is_staff_role(user)


@rule("bestpractice.list_bookmarks")
def can_list_bookmarks(user, obj=None) -> bool:
    return can_bookmark(user)


@rule("bestpractice.rate")
def can_rate(user, page=None) -> bool:
    """Usefulness is judged by the Kommunen: the staff roles' votes would skew the ranking."""
    return is_network_member(user)


@rule("bestpractice.want_too")
def can_want_too(user, page=None) -> bool:
    """ "Das wollen wir auch" speaks for a Kommune, so it needs a confirmed membership."""
    return is_network_member(user)


@rule("bestpractice.compare")
def can_compare(user, obj=None) -> bool:
    return True  # Only published case studies are compared; they are public anyway.


@rule("bestpractice.feed")
def can_read_feed(user, obj=None) -> bool:
    return True


@rule("bestpractice.api")
def can_use_api(user, obj=None) -> bool:
    return True  # The API serves published case studies only, without contact data.


@rule("bestpractice.submit")
def can_submit(user, kommune=None) -> bool:
    """Without a Kommune: whether the person may submit at all (for any of their Kommunen)."""
    kommune_ids = submitting_kommune_ids(user)
    if kommune is None:
        return bool(kommune_ids)
    return kommune.pk in kommune_ids


@rule("bestpractice.list_own_submissions")
def can_list_own_submissions(user, obj=None) -> bool:
    # Whoever lost their role still sees what became of what they submitted.
    return is_signed_in(user)


@rule("bestpractice.edit_submission")
def can_edit_submission(user, page) -> bool:
    """The submitter edits their own draft while it is not in review and not published, and
    only as long as they still may submit for one of its Kommunen."""
    from .submission import SubmissionState, submission_state

    if not is_signed_in(user) or page.owner_id != user.pk or page.live:
        return False
    if submission_state(page) not in (SubmissionState.DRAFT, SubmissionState.REJECTED):
        return False
    kommune_ids = {kommune.pk for kommune in page.get_latest_revision_as_object().kommunen.all()}
    return bool(kommune_ids & submitting_kommune_ids(user))
