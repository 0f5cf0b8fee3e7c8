"""The read-only JSON API of published case studies under /api/praxisbeispiele/.

The list takes the index's filter and sort parameters (same names as in the index URL) and is
paginated; the detail has every section as HTML. Contact persons are never part of the API:
it is public, and they are shown to the network's members only.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.settings import spectacular_settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import BasePermission
from wagtail.rich_text import expand_db_html

from core.taxonomy import LAENDER, Phase, SizeClass, Topic

from .models import SECTIONS, Foerderprogramm, Status
from .queries import (
    COST_RANGES,
    COST_UNKNOWN,
    SORTS,
    apply_filters,
    parse_filters,
    parse_sort,
    published_case_studies,
    sort_case_studies,
    with_list_data,
)

API_PAGE_SIZE = 20


class RulePermission(BasePermission):
    """DRF views ask the portal's permission module like every other view."""

    action = "bestpractice.api"

    def has_permission(self, request, view):
        from core.permissions import has_perm

        return has_perm(request.user, self.action)


class KommuneSerializer(serializers.Serializer):
    name = serializers.CharField()
    ags = serializers.CharField(help_text=_("Amtlicher Gemeindeschlüssel, 8 Ziffern"))
    land = serializers.CharField(help_text=_("Die zwei Ziffern des Landes im AGS"))


class HandlungsfeldSerializer(serializers.Serializer):
    slug = serializers.ChoiceField(choices=Topic.values)
    label = serializers.CharField()


class FoerderprogrammSerializer(serializers.ModelSerializer):
    class Meta:
        model = Foerderprogramm
        fields = ["id", "name", "funder", "url", "funding_rate"]


class CostsSerializer(serializers.Serializer):
    one_off_eur = serializers.IntegerField(source="cost_one_off", allow_null=True)
    yearly_eur = serializers.IntegerField(source="cost_yearly", allow_null=True)
    staff_days = serializers.IntegerField(source="staff_effort", allow_null=True)


class CaseStudySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.SerializerMethodField()
    teaser = serializers.CharField()
    kommunen = KommuneSerializer(many=True, source="kommunen.all")
    handlungsfelder = HandlungsfeldSerializer(many=True, source="handlungsfelder.all")
    phase = serializers.ChoiceField(choices=Phase.values)
    status = serializers.ChoiceField(choices=Status.values)
    costs = CostsSerializer(source="*")
    foerderprogramm = FoerderprogrammSerializer(allow_null=True)
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    transferability = serializers.IntegerField(min_value=1, max_value=5)
    # Pages made outside the publishing workflow (imports, demo data) may lack the dates.
    first_published_at = serializers.DateTimeField(allow_null=True)
    last_published_at = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, page) -> str:
        request = self.context.get("request")
        return page.get_full_url(request)


class SectionSerializer(serializers.Serializer):
    key = serializers.ChoiceField(choices=[name for name, _label in SECTIONS])
    heading = serializers.CharField()
    html = serializers.CharField(help_text=_("Der Abschnitt als HTML; leer, wenn er fehlt."))


class CaseStudyDetailSerializer(CaseStudySerializer):
    sections = serializers.SerializerMethodField()
    tags = serializers.SerializerMethodField()
    transferability_reason = serializers.CharField()

    @extend_schema_field(SectionSerializer(many=True))
    def get_sections(self, page) -> list[dict]:
        return [
            {"key": name, "heading": str(label), "html": expand_db_html(getattr(page, name))}
            for name, label in SECTIONS
        ]

    def get_tags(self, page) -> list[str]:
        return [tag.name for tag in page.tags.all()]


class CaseStudyPagination(PageNumberPagination):
    page_size = API_PAGE_SIZE
    page_query_param = "seite"

    def get_paginated_response_schema(self, schema):
        # DRF describes "next" and "previous" the OpenAPI 3.0 way ("nullable"), which is no
        # JSON Schema; the portal serves OpenAPI 3.1, where null is a type.
        described = super().get_paginated_response_schema(schema)
        if not spectacular_settings.OAS_VERSION.startswith("3.1"):
            return described
        for name in ("next", "previous"):
            link = described["properties"][name]
            link.pop("nullable", None)
            link.pop("example", None)
            link["type"] = ["string", "null"]
        return described


FILTER_PARAMETERS = [
    OpenApiParameter("handlungsfeld", str, enum=Topic.values, description=_("Handlungsfeld")),
    OpenApiParameter("tag", str, description=_("Schlagwort (Slug)")),
    OpenApiParameter("land", str, enum=list(LAENDER), description=_("Land (zwei Ziffern des AGS)")),
    OpenApiParameter("groesse", str, enum=SizeClass.values, description=_("Größenklasse")),
    OpenApiParameter("phase", int, enum=Phase.values, description=_("Phase zu Projektbeginn")),
    OpenApiParameter("status", str, enum=Status.values, description=_("Status")),
    OpenApiParameter("foerderprogramm", int, description=_("ID des Förderprogramms")),
    OpenApiParameter(
        "kosten",
        str,
        enum=[key for key, *_rest in COST_RANGES] + [COST_UNKNOWN],
        description=_("Spanne der einmaligen Kosten"),
    ),
    OpenApiParameter("sortierung", str, enum=list(SORTS), description=_("Sortierung")),
]


def _published():
    return published_case_studies().select_related("foerderprogramm")


@extend_schema(parameters=FILTER_PARAMETERS, summary=_("Veröffentlichte Praxisbeispiele"))
class CaseStudyList(generics.ListAPIView):
    serializer_class = CaseStudySerializer
    pagination_class = CaseStudyPagination
    permission_classes = [RulePermission]
    authentication_classes: list = []  # public and read-only: no session, no CSRF

    def get_queryset(self):
        params = self.request.query_params
        queryset = apply_filters(_published(), parse_filters(params))
        return with_list_data(sort_case_studies(queryset, parse_sort(params)))


@extend_schema(summary=_("Ein veröffentlichtes Praxisbeispiel mit allen Abschnitten"))
class CaseStudyDetail(generics.RetrieveAPIView):
    serializer_class = CaseStudyDetailSerializer
    permission_classes = [RulePermission]
    authentication_classes: list = []

    def get_queryset(self):
        return with_list_data(_published())
