"""Fields and abstract models that the apps' models share. Nothing here has a table: core
stays free of migrations, and every field keeps the options its app's migrations recorded."""

from django.conf import settings
from django.db import models
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


def belongs_to(to, verbose_name, related_name: str, **options) -> models.ForeignKey:
    """A reference a row cannot do without: by default the row is deleted with its target."""
    options.setdefault("on_delete", models.CASCADE)
    return models.ForeignKey(to, verbose_name=verbose_name, related_name=related_name, **options)


def person(related_name: str, **options) -> models.ForeignKey:
    """The person a row belongs to. By default the row goes with the account (DSGVO Art. 17);
    rows that must outlive it pass their own `on_delete`."""
    return belongs_to(settings.AUTH_USER_MODEL, _("Person"), related_name, **options)


def optional_link(to, verbose_name, related_name: str, **options) -> models.ForeignKey:
    """A reference a row can do without: optional in forms, and cleared rather than taking the
    row along when its target is deleted."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        **options,
    )


class TaxonomyRow(models.Model):
    """One row per member of a taxonomy enum (`core.taxonomy`), made by a migration, so that
    content names its entries through a many-to-many relation that filters and counts in the
    database. The label comes from the enum, so it follows the chosen language."""

    taxonomy: type[models.Choices]

    class Meta:
        abstract = True

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        return self.taxonomy(self.pk).label


class FilteredIndexPage(Page):
    """A page that lists what lies below it, with filters. A filter change asks for the
    same URL with htmx and gets only the results fragment (`results_template`) for the
    element `results_target`."""

    intro = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    max_count = 1

    results_target: str
    results_template: str

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        htmx = getattr(request, "htmx", None)
        if htmx and htmx.target == self.results_target:
            return self.results_template
        return super().get_template(request, *args, **kwargs)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The same URL answers with the list fragment or the whole page; caches must keep
        # them apart, or Back after filtering shows a bare list.
        patch_vary_headers(response, ["HX-Request", "HX-Target"])
        return response
