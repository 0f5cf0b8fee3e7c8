"""The case study pages: one index under the home page, the case studies below it."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.models import FilteredIndexPage, optional_link
from core.page_cache import cache_for_visitors
from core.pagination import PAGE_PARAM
from core.permissions import require_for_page
from core.taxonomy import Phase

from ..blocks import CaseStudyStreamBlock

# The page cache area of the case study pages (see bestpractice/cache.py for its purging).
CACHE_AREA = "praxisbeispiele"

# How the plug-in points (core/plugins.py) name case studies as a kind of content.
CONTENT_KIND = "bestpractice.casestudy"

SECTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]

# The use-case questions every case study answers, in reading order. Templates, the
# comparison and the "which sections are still missing" check all follow this list.
SECTIONS: list[tuple[str, str]] = [
    ("ist_situation", _("Ist-Situation")),
    ("soll_prozess", _("Soll-Prozess")),
    ("nutzen", _("Nutzen")),
    ("daten_technik_akteure", _("Daten, Technik und Akteure")),
    ("leistungen_partner", _("Leistungen und Partner")),
    ("kosten_nutzen", _("Kosten und Nutzen")),
    ("lessons_learned", _("Lessons learned")),
]


# The case study's own fields, besides the sections, that a Kommune fills in through the
# portal's submission form; Kommunen, Handlungsfelder and tags are relations, set apart.
SUBMITTED_FIELDS: tuple[str, ...] = (
    "title",
    "teaser",
    "phase",
    "status",
    "cost_one_off",
    "cost_yearly",
    "staff_effort",
    "foerderprogramm",
    "start_date",
    "end_date",
    "transferability",
    "transferability_reason",
)


def _section(heading, question) -> RichTextField:
    """A section of the use case: optional in drafts, required only to submit."""
    return RichTextField(heading, blank=True, features=SECTION_FEATURES, help_text=question)


class Status(models.TextChoices):
    IDEE = "idee", _("Idee")
    PILOT = "pilot", _("Pilot")
    BETRIEB = "betrieb", _("im Betrieb")
    EINGESTELLT = "eingestellt", _("eingestellt")


TRANSFERABILITY_CHOICES = [
    (1, _("1 – kaum übertragbar")),
    (2, _("2 – mit großem Aufwand übertragbar")),
    (3, _("3 – mit Anpassungen übertragbar")),
    (4, _("4 – gut übertragbar")),
    (5, _("5 – direkt übertragbar")),
]


class CaseStudyArea:
    """Both page types of the area ask the permission rule first and are then answered from
    the page cache for visitors."""

    @require_for_page("bestpractice.view")
    @cache_for_visitors(CACHE_AREA)
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)


class CaseStudyIndexPage(CaseStudyArea, FilteredIndexPage):
    """/praxisbeispiele/: the filterable list and map of all case studies."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["bestpractice.CaseStudyPage"]
    results_target = "case-study-results"
    results_template = "bestpractice/includes/case_study_results.html"
    # The variants the page cache may store: the filters of bestpractice/queries.py (FACETS),
    # the sort and the page number, and the results list. Any other URL is rendered unstored.
    cache_params = (
        "handlungsfeld",
        "tag",
        "land",
        "groesse",
        "phase",
        "status",
        "foerderprogramm",
        "kosten",
        "sortierung",
        PAGE_PARAM,
    )
    cache_targets = (results_target,)

    class Meta:
        verbose_name = _("Praxisbeispiel-Übersicht")
        verbose_name_plural = _("Praxisbeispiel-Übersichten")

    @classmethod
    def live_url(cls) -> str:
        """Where the list of case studies is; its slug is chosen in the CMS."""
        index = cls.objects.live().only("url_path", "path", "depth").first()
        return index.url if index else "/"

    def get_context(self, request, *args, **kwargs):
        from ..index_page import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey(
        "bestpractice.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CaseStudyPageForm(WagtailAdminPageForm):
    """The CMS form: ParentalManyToMany values reach the page only after the model's clean(),
    so the "at least one" rules are checked on the form's cleaned data."""

    def clean(self):
        cleaned_data = super().clean()
        if "kommunen" in self.fields and not cleaned_data.get("kommunen"):
            self.add_error("kommunen", _("Bitte wählen Sie mindestens eine Kommune."))
        if "handlungsfelder" in self.fields and not cleaned_data.get("handlungsfelder"):
            self.add_error("handlungsfelder", _("Bitte wählen Sie mindestens ein Handlungsfeld."))
        return cleaned_data


class CaseStudyPage(CaseStudyArea, Page):
    """A Praxisbeispiel: what one or more Kommunen did, what it cost and whom to ask."""

    kommunen = ParentalManyToManyField(
        "network.Kommune", verbose_name=_("Kommunen"), related_name="case_studies"
    )
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=400,
        help_text=_("Zwei bis drei Sätze für Listen, Suche und Vorschau."),
    )
    handlungsfelder = ParentalManyToManyField(
        "network.Handlungsfeld", verbose_name=_("Handlungsfelder"), related_name="case_studies"
    )
    tags = ClusterTaggableManager(through=CaseStudyTag, verbose_name=_("Schlagwörter"), blank=True)
    phase = models.PositiveSmallIntegerField(
        _("Digitalisierungsphase zu Projektbeginn"), choices=Phase.choices
    )
    status = models.CharField(_("Status"), max_length=12, choices=Status.choices)

    ist_situation = _section(_("Ist-Situation"), _("Welches Problem wurde gelöst?"))
    soll_prozess = _section(_("Soll-Prozess"), _("Wie sieht der angestrebte Ablauf aus?"))
    nutzen = _section(
        _("Nutzen"), _("Was hat sich für Bürgerinnen, Unternehmen und Verwaltung verbessert?")
    )
    daten_technik_akteure = _section(
        _("Daten, Technik und Akteure"),
        _("Welche Daten, welche Technik und welche Menschen wurden gebraucht?"),
    )
    leistungen_partner = _section(
        _("Leistungen und Partner"), _("Welche Leistungen wurden eingekauft oder geteilt, von wem?")
    )
    kosten_nutzen = _section(_("Kosten und Nutzen"), _("Wie stehen Aufwand und Ertrag zueinander?"))
    lessons_learned = _section(_("Lessons learned"), _("Was würden Sie heute anders machen?"))

    cost_one_off = models.PositiveIntegerField(_("Einmalige Kosten (EUR)"), null=True, blank=True)
    cost_yearly = models.PositiveIntegerField(
        _("Laufende Kosten pro Jahr (EUR)"), null=True, blank=True
    )
    staff_effort = models.PositiveIntegerField(
        _("Personalaufwand (Personentage)"), null=True, blank=True
    )
    foerderprogramm = optional_link(
        "bestpractice.Foerderprogramm", _("Förderprogramm"), "case_studies"
    )
    start_date = models.DateField(_("Beginn"), null=True, blank=True)
    end_date = models.DateField(_("Ende"), null=True, blank=True)
    transferability = models.PositiveSmallIntegerField(
        _("Übertragbarkeit"),
        choices=TRANSFERABILITY_CHOICES,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        default=3,
    )
    transferability_reason = models.TextField(
        _("Begründung der Übertragbarkeit"), blank=True, max_length=1000
    )
    contact_person = optional_link(
        settings.AUTH_USER_MODEL,
        _("Ansprechperson"),
        "case_studies_as_contact",
        help_text=_("Nur angemeldete Mitglieder des Netzwerks sehen Name, Funktion und Kommune."),
    )
    body = StreamField(CaseStudyStreamBlock(), verbose_name=_("Weitere Inhalte"), blank=True)

    search_fields = [*Page.search_fields, index.SearchField("teaser")]

    base_form_class = CaseStudyPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("teaser"),
        MultiFieldPanel(
            [
                FieldPanel("kommunen"),
                FieldPanel("handlungsfelder", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldRowPanel([FieldPanel("phase"), FieldPanel("status")]),
            ],
            heading=_("Einordnung"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name, _label in SECTIONS],
            heading=_("Anwendungsfall"),
        ),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("cost_one_off"), FieldPanel("cost_yearly")]),
                FieldPanel("staff_effort"),
                FieldPanel("foerderprogramm"),
            ],
            heading=_("Kosten und Förderung"),
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Zeitraum")),
        MultiFieldPanel(
            [FieldPanel("transferability"), FieldPanel("transferability_reason")],
            heading=_("Übertragbarkeit"),
        ),
        FieldPanel("contact_person"),
    ]
    media_panels = [
        InlinePanel("images", heading=_("Bilder"), label=_("Bild")),
        InlinePanel("documents", heading=_("Dokumente"), label=_("Dokument")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhalt")),
            ObjectList(facts_panels, heading=_("Eckdaten")),
            ObjectList(media_panels, heading=_("Bilder und Dokumente")),
            ObjectList(Page.promote_panels, heading=_("Veröffentlichung")),
            ObjectList(Page.settings_panels, heading=_("Einstellungen")),
        ]
    )

    parent_page_types = ["bestpractice.CaseStudyIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Praxisbeispiel")
        verbose_name_plural = _("Praxisbeispiele")
        indexes = [
            models.Index(fields=["status"]),
            models.Index(fields=["phase"]),
            models.Index(fields=["cost_one_off"]),
        ]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Das Ende darf nicht vor dem Beginn liegen.")})

    def get_context(self, request, *args, **kwargs):
        from ..detail import detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(detail_context(self, request))
        return context

    def sections(self) -> list[tuple[str, str, str]]:
        """(field name, heading, rich text) of every section, filled or not, in order."""
        return [(name, label, getattr(self, name)) for name, label in SECTIONS]

    def missing_sections(self) -> list[tuple[str, str]]:
        return [(name, label) for name, label in SECTIONS if not _has_text(getattr(self, name))]


def _has_text(rich_text: str) -> bool:
    from django.utils.html import strip_tags

    return bool(strip_tags(rich_text or "").strip())


class CaseStudyImage(Orderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Bild"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("Alternativtext"),
        max_length=250,
        help_text=_("Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können."),
    )
    caption = models.CharField(_("Bildunterschrift"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")


class CaseStudyDocument(Orderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Dokument"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("Anzeigename"),
        max_length=200,
        blank=True,
        help_text=_("Leer lassen, um den Titel des Dokuments zu verwenden."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")

    @property
    def display_title(self) -> str:
        return self.title or self.document.title
