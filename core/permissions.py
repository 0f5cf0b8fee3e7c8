"""The one place that answers "may this user do X (to Y)?".

Rules are plain functions registered under an action name. Apps register their own rules in
their `permissions.py` (imported when the app is ready); views, consumers and templates only
ever ask `has_perm`. The role predicates below are the building blocks all rules share.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

REDAKTION = "Redaktion"
NETZWERKKOORDINATION = "Netzwerkkoordination"

Rule = Callable[[Any, Any], bool]
_rules: dict[str, Rule] = {}


def rule(action: str) -> Callable[[Rule], Rule]:
    """Register `func(user, obj) -> bool` as the rule for `action`."""

    def register(func: Rule) -> Rule:
        if action in _rules and _rules[action] is not func:
            raise ValueError(f"A rule for {action!r} is registered already.")
        _rules[action] = func
        return func

    return register


def has_perm(user, action: str, obj: Any = None) -> bool:
    try:
        check = _rules[action]
    except KeyError:
        raise LookupError(f"No permission rule for {action!r}.") from None
    return bool(check(user, obj))


def registered_actions() -> list[str]:
    return sorted(_rules)


def _group_names(user) -> frozenset[str]:
    # Cached on the user object: a request asks several rules, the groups load once.
    if not hasattr(user, "_portal_group_names"):
        user._portal_group_names = frozenset(user.groups.values_list("name", flat=True))
    return user._portal_group_names


def is_signed_in(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def is_coordinator(user) -> bool:
    if not is_signed_in(user):
        return False
    return user.is_superuser or NETZWERKKOORDINATION in _group_names(user)


def is_editor(user) -> bool:
    if not is_signed_in(user):
        return False
    return user.is_superuser or REDAKTION in _group_names(user)


@rule("account.manage_own")
def can_manage_own_account(user, obj=None) -> bool:
    """Profile, data export and deletion: every signed-in person, for their own account."""
    return is_signed_in(user)


def may_use_cms(user) -> bool:
    return is_signed_in(user) and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def needs_mfa(user) -> bool:
    """Whoever publishes content or grants rights must protect their account with MFA:
    the staff roles, and anyone who can reach the CMS or the Django admin by other means."""
    if not is_signed_in(user):
        return False
    if _group_names(user) & {REDAKTION, NETZWERKKOORDINATION}:
        return True
    return user.is_staff or may_use_cms(user)


def _refuse(request):
    """Anonymous visitors are sent to the login, others get a 403."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


def require(action: str, get_object: Callable[..., Any] | None = None):
    """View decorator: anonymous visitors are sent to the login, others get a 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            obj = get_object(request, *args, **kwargs) if get_object else None
            if not has_perm(request.user, action, obj):
                return _refuse(request)
            if get_object:
                kwargs["obj"] = obj
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def require_for_page(action: str):
    """Decorator for a Wagtail page's `serve(self, request, ...)`: asks `action` with the page,
    after Wagtail's own view restrictions and before anything is rendered or cached."""

    def decorator(serve):
        @wraps(serve)
        def wrapped(page, request, *args, **kwargs):
            if not has_perm(request.user, action, page):
                return _refuse(request)
            return serve(page, request, *args, **kwargs)

        return wrapped

    return decorator
