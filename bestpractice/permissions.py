"""Rules for case studies, registered with the portal's permission module."""

from network.permissions import confirmed_roles
from portal.permissions import is_coordinator, is_editor, rule


@rule("casestudy.see_contact")
def can_see_contact(user, case_study=None) -> bool:
    """A case study's contact person is named to the network's own people only: confirmed
    members of a Kommune and the network office. Visitors are asked to sign in."""
    return is_coordinator(user) or is_editor(user) or bool(confirmed_roles(user))
