"""Every case study rule, for every role of domain.md."""

import pytest

from bestpractice import submission
from bestpractice.factories import create_case_study
from core.permissions import has_perm, registered_actions
from network.models import Handlungsfeld
from tests.helpers import RolePeople

ROLES = RolePeople.role_names()
EVERYBODY = set(ROLES)
MEMBERS = {"mitglied", "digitallotse", "kommunen_admin", "fremder_admin"}
STAFF = {"redaktion", "netzwerkkoordination"}

# action -> roles allowed, for actions asked without an object or about a published page.
EXPECTED = {
    "bestpractice.view": EVERYBODY,
    "bestpractice.see_contact": MEMBERS | STAFF,
    "bestpractice.bookmark": MEMBERS | STAFF,
    "bestpractice.list_bookmarks": MEMBERS | STAFF,
    "bestpractice.rate": MEMBERS,
    "bestpractice.want_too": MEMBERS,
    "bestpractice.compare": EVERYBODY,
    "bestpractice.feed": EVERYBODY,
    "bestpractice.api": EVERYBODY,
    "bestpractice.list_own_submissions": EVERYBODY - {"besucher"},
}


@pytest.fixture
def published(index, kommune):
    return create_case_study(index, kommunen=[kommune])


def test_every_case_study_action_is_covered_here():
    ours = {action for action in registered_actions() if action.startswith("bestpractice.")}
    assert ours == set(EXPECTED) | {"bestpractice.submit", "bestpractice.edit_submission"}


@pytest.mark.parametrize("action", sorted(EXPECTED))
@pytest.mark.parametrize("role", ROLES)
def test_rules_for_published_case_studies(people, published, action, role):
    assert has_perm(getattr(people, role), action, published) == (role in EXPECTED[action])


@pytest.mark.parametrize("role", ROLES)
def test_submitting_for_a_kommune_needs_an_admin_or_lotse_role_there(
    people, kommune, other_kommune, role
):
    user = getattr(people, role)
    assert has_perm(user, "bestpractice.submit", kommune) == (
        role in {"digitallotse", "kommunen_admin"}
    )
    assert has_perm(user, "bestpractice.submit", other_kommune) == (role == "fremder_admin")
    assert has_perm(user, "bestpractice.submit") == (
        role in {"digitallotse", "kommunen_admin", "fremder_admin"}
    )


@pytest.fixture
def lotse_draft(people, kommune, index):
    data = {
        "title": "Offene Ratsinformation",
        "kommunen": [kommune],
        "teaser": "Ratsbeschlüsse als offene Daten.",
        "handlungsfelder": list(Handlungsfeld.objects.filter(slug="beteiligung")),
        "tags": "",
        "phase": 2,
        "status": "pilot",
        "transferability": 3,
    }
    return submission.save_submission(people.digitallotse, data)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_submitter_edits_their_draft(people, lotse_draft, role):
    assert has_perm(getattr(people, role), "bestpractice.edit_submission", lotse_draft) == (
        role == "digitallotse"
    )


def test_a_draft_in_review_or_published_is_no_longer_editable(people, lotse_draft):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):  # sections are missing
        submission.save_submission(
            people.digitallotse,
            {**_data_of(lotse_draft)},
            page=lotse_draft,
            submit=True,
        )
    complete = {**_data_of(lotse_draft), **{name: "Text." for name, _l in submission.SECTIONS}}
    submission.save_submission(people.digitallotse, complete, page=lotse_draft, submit=True)
    assert not has_perm(people.digitallotse, "bestpractice.edit_submission", lotse_draft)


def test_a_submitter_who_lost_their_role_can_no_longer_edit(people, lotse_draft, kommune):
    from network.models import Membership, Role

    Membership.objects.filter(user=people.digitallotse).update(role=Role.MITGLIED)
    people.digitallotse.__dict__.pop("_network_roles", None)
    assert not has_perm(people.digitallotse, "bestpractice.edit_submission", lotse_draft)


def _data_of(page) -> dict:
    draft = page.get_latest_revision_as_object()
    return {
        "title": draft.title,
        "kommunen": list(draft.kommunen.all()),
        "teaser": draft.teaser,
        "handlungsfelder": list(draft.handlungsfelder.all()),
        "tags": "",
        "phase": draft.phase,
        "status": draft.status,
        "transferability": draft.transferability,
    }
