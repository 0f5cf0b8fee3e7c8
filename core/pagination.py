"""One way to page through lists: `?seite=` in the URL, the other filters kept in the links
(rendered by `templates/includes/pagination.html`)."""

from django.core.paginator import Page, Paginator
from django.http import QueryDict

PAGE_PARAM = "seite"


def query_without_page(params: QueryDict) -> str:
    """The URL state without the page number, for the links to other pages."""
    query = params.copy()
    query.pop(PAGE_PARAM, None)
    return query.urlencode()


def paginate(request, items, per_page: int) -> tuple[Page, str]:
    """The requested page of `items` (out-of-range and odd numbers give the nearest page) and
    the query string the page links carry."""
    page = Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAM))
    return page, query_without_page(request.GET)
