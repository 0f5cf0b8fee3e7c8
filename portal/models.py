"""The portal's own pages: the home page and plain content pages, and the footer links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core import plugins
from core.blocks import BaseStreamBlock
from core.breadcrumbs import page_trail
from core.models import optional_link


class HomePage(Page):
    """The network's front door: what the portal offers and, signed in, where to go next."""

    intro = models.CharField(_("Einleitung"), max_length=300)
    body = StreamField(BaseStreamBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = plugins.home_sections(request)
        context["personal_sections"] = [section for section in sections if section.personal]
        context["sections"] = [section for section in sections if not section.personal]
        if request.user.is_authenticated:
            context["next_steps"] = plugins.next_steps(request.user)
        return context


class StandardPage(Page):
    """A plain editorial page such as Impressum, Datenschutz or Barrierefreiheit."""

    introduction = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = page_trail(self)
        return context


def _footer_link(verbose_name):
    return optional_link("wagtailcore.Page", verbose_name, "+")


@register_setting(icon="list-ul")
class FooterLinks(BaseSiteSetting):
    """The legally required pages every public-sector site links from its footer."""

    impressum = _footer_link(_("Impressum"))
    privacy = _footer_link(_("Datenschutzerklärung"))
    accessibility = _footer_link(_("Erklärung zur Barrierefreiheit"))
    # BITV 2.0 asks for information in Leichte Sprache, reachable from every page.
    easy_language = _footer_link(_("Leichte Sprache"))

    panels = [
        PageChooserPanel("impressum"),
        PageChooserPanel("privacy"),
        PageChooserPanel("accessibility"),
        PageChooserPanel("easy_language"),
    ]

    class Meta:
        verbose_name = _("Fußzeilen-Links")
