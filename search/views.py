from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode

from core.breadcrumbs import Crumb, trail
from core.permissions import require

from . import services
from .facets import FACET_LABELS, FACET_NAMES
from .services import SEARCH_LABEL


@require("search.use")
def search_page(request):
    query, filters, page = services.parse_request(request.GET)
    try:
        results = services.search(query, request.user, filters, page)
        unavailable = False
    except services.SearchUnavailable:
        results, unavailable = services.empty_results(query, page), True
    state = services.url_state(query, filters)
    context = {
        "query": query,
        "results": results,
        "facets": [
            {"name": name, "label": FACET_LABELS[name], "values": results.facets.get(name, [])}
            for name in FACET_NAMES
        ],
        "filters": filters,
        "state": urlencode(state, doseq=True),
        "breadcrumbs": trail(Crumb(SEARCH_LABEL)),
        "areas": services.areas(),
        "examples": services.EXAMPLE_QUERIES,
        "unavailable": unavailable,
    }
    template = "search/search_page.html"
    if request.htmx and request.htmx.target == "search-results":
        template = "search/includes/results.html"
    response = render(request, template, context, status=503 if unavailable else 200)
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response


@require("search.use")
def suggestions(request):
    prefix = request.GET.get("q", "")
    context = {"suggestions": services.autocomplete(prefix, request.user), "prefix": prefix}
    return render(request, "search/includes/suggestions.html", context)
