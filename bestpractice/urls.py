"""The case study area's own views below /praxisbeispiele/ and its API below /api/. Both are
included in portal/urls.py before Wagtail's page tree."""

from django.urls import path
from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularAPIView

from core.permissions import require

from . import api, views
from .feeds import CaseStudyAtomFeed, CaseStudyRssFeed

app_name = "bestpractice"

urlpatterns = [
    path("einreichen/", views.submission_create, name="submission_create"),
    path("einreichen/<page_id:pk>/", views.submission_edit, name="submission_edit"),
    path("meine-einreichungen/", views.my_submissions, name="my_submissions"),
    path("merkliste/", views.bookmarks, name="bookmarks"),
    path("vergleich/", views.compare, name="compare"),
    path("feed/", require("bestpractice.feed")(CaseStudyAtomFeed()), name="feed_atom"),
    path("feed/rss/", require("bestpractice.feed")(CaseStudyRssFeed()), name="feed_rss"),
    path("aktionen/<page_id:pk>/merken/", views.bookmark, name="bookmark"),
    path("aktionen/<page_id:pk>/bewerten/", views.rate, name="rate"),
    path("aktionen/<page_id:pk>/nachnutzen/", views.want_too, name="want_too"),
    path("aktionen/<page_id:pk>/vergleichen/", views.compare_toggle, name="compare_toggle"),
]

# The schema is generated as OpenAPI 3.1, whose schemas are plain JSON Schema: clients (and
# the tests) validate responses with any JSON Schema validator.
api_urlpatterns = [
    path(
        "",
        require("bestpractice.api")(
            TemplateView.as_view(template_name="bestpractice/api_index.html")
        ),
        name="index",
    ),
    path(
        "schema/",
        require("bestpractice.api")(
            SpectacularAPIView.as_view(custom_settings={"OAS_VERSION": "3.1.0"})
        ),
        name="schema",
    ),
    path("praxisbeispiele/", api.CaseStudyList.as_view(), name="case_study_list"),
    path("praxisbeispiele/<page_id:pk>/", api.CaseStudyDetail.as_view(), name="case_study_detail"),
]
