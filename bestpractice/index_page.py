"""What the case study index shows: the filter form with its counts, the page of results,
and the map of the same case studies."""

from core.breadcrumbs import page_trail
from core.pagination import paginate

from .forms import CaseStudyFilterForm
from .queries import (
    filter_case_studies,
    map_points,
    parse_sort,
    published_case_studies,
    sort_case_studies,
    with_list_data,
)

PAGE_SIZE = 12


def index_context(page, request) -> dict:
    base = published_case_studies().descendant_of(page)
    queryset, facets = filter_case_studies(base, request.GET)
    sort = parse_sort(request.GET)
    results, query = paginate(request, with_list_data(sort_case_studies(queryset, sort)), PAGE_SIZE)
    return {
        "filter_form": CaseStudyFilterForm(facets, sort),
        "facets": facets,
        "active_filters": [facet for facet in facets if facet.selected],
        "results": results,
        "query": query,
        "map_points": map_points(queryset, page.url),
        "breadcrumbs": page_trail(page),
    }
