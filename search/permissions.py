"""Rules for the search, registered with the portal's permission module."""

from core.permissions import rule


@rule("search.use")
def can_use_search(user, obj=None) -> bool:
    """Everyone may search; what each person finds is filtered by their audience tokens."""
    return True
