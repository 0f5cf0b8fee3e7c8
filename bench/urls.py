from django.http import HttpResponse
from django.urls import include, path

from portal.urls import handler403, handler404, handler500  # noqa: F401  (same error pages)


def floor(request):
    """The cheapest response Django gives through the full middleware stack: the floor that
    every page is measured against."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/floor/", floor),
    path("", include("portal.urls")),
]
