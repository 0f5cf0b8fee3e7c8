from django.utils.http import url_has_allowed_host_and_scheme

from .parsing import has_control_characters


def safe_next(request, fallback: str) -> str:
    """The form's `next` address if it is a path on this site, else `fallback`: a `next`
    pointing elsewhere would make the portal an open redirect, one without a leading slash
    ("42") is taken for a view name by `redirect()`, and a control character in the Location
    header makes the WSGI server refuse the whole response."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if (
        target.startswith("/")
        and not has_control_characters(target)
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    return fallback
