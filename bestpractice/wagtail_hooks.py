from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Foerderprogramm


class FoerderprogrammViewSet(SnippetViewSet):
    model = Foerderprogramm
    icon = "tag"
    menu_label = _("Förderprogramme")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "funder", "funding_rate"]
    list_filter = ["funder"]
    search_fields = ["name", "description"]
    ordering = ["name"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("funder"), FieldPanel("funding_rate")]),
        FieldPanel("url"),
        FieldPanel("description"),
    ]


register_snippet(FoerderprogrammViewSet)
