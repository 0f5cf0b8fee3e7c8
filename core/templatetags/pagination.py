from django import template

from core.pagination import PAGE_PARAM

register = template.Library()


def _link(query: str, number: int) -> str:
    return f"?{query}&{PAGE_PARAM}={number}" if query else f"?{PAGE_PARAM}={number}"


@register.inclusion_tag("includes/pagination.html")
def pagination(number: int, num_pages: int, query: str = "", hx_target: str = "") -> dict:
    """Links to the previous and next page of a list, keeping its other URL parameters;
    with `hx_target`, htmx swaps the list in place and keeps the URL."""
    return {
        "number": number,
        "num_pages": num_pages,
        "previous_url": _link(query, number - 1) if number > 1 else "",
        "next_url": _link(query, number + 1) if number < num_pages else "",
        "hx_target": hx_target,
    }
