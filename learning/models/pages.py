"""The course catalogue in the page tree: index, courses, their lessons, and learning paths."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.models import FilteredIndexPage, TaxonomyRow
from core.permissions import require_for_page
from core.taxonomy import Phase

from ..blocks import LessonStreamBlock


class Level(models.TextChoices):
    EINSTEIGER = "einsteiger", _("Einsteiger")
    FORTGESCHRITTEN = "fortgeschritten", _("Fortgeschrittene")
    EXPERTEN = "experten", _("Expertinnen und Experten")


class LearningPhase(TaxonomyRow):
    """A phase of the Bausteinkonzept that a course suits."""

    taxonomy = Phase
    number = models.PositiveSmallIntegerField(_("Phase"), primary_key=True, choices=Phase.choices)

    class Meta:
        verbose_name = _("Digitalisierungsphase")
        verbose_name_plural = _("Digitalisierungsphasen")
        ordering = ["number"]


class CourseIndexPage(FilteredIndexPage):
    """The catalogue at /lernen/: filters over the live courses below it."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["learning.CoursePage", "learning.LearningPathPage"]
    results_target = "course-results"
    results_template = "learning/includes/course_results.html"

    class Meta:
        verbose_name = _("Kurskatalog")
        verbose_name_plural = _("Kurskataloge")

    def get_context(self, request, *args, **kwargs):
        from ..views.courses import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context

    @require_for_page("learning.view_catalogue")
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)


class CourseTag(TaggedItemBase):
    content_object = ParentalKey(
        "learning.CoursePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


percent = [MinValueValidator(1), MaxValueValidator(100)]


class CoursePage(Page):
    teaser = models.CharField(_("Kurzbeschreibung"), max_length=300)
    audience = models.CharField(
        _("Zielgruppe"), max_length=300, help_text=_("Für wen ist der Kurs gedacht?")
    )
    level = models.CharField(
        _("Niveau"), max_length=20, choices=Level.choices, default=Level.EINSTEIGER
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("Dauer in Minuten"),
        validators=[MinValueValidator(5), MaxValueValidator(6000)],
        help_text=_("Geschätzte Lernzeit für den ganzen Kurs."),
    )
    objectives = RichTextField(
        _("Lernziele"),
        features=["ul", "ol", "bold", "italic"],
        help_text=_("Was die Teilnehmenden nach dem Kurs können, am besten als Liste."),
    )
    handlungsfelder = ParentalManyToManyField(
        "network.Handlungsfeld", verbose_name=_("Handlungsfelder"), related_name="courses"
    )
    phases = ParentalManyToManyField(
        LearningPhase,
        verbose_name=_("Passende Phasen"),
        related_name="courses",
        help_text=_("In welchen Digitalisierungsphasen hilft der Kurs den Kommunen?"),
    )
    tags = ClusterTaggableManager(through=CourseTag, blank=True, verbose_name=_("Schlagwörter"))
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("Voraussetzungen"),
        symmetrical=False,
        blank=True,
        related_name="required_by",
        help_text=_("Kurse, die man vorher abgeschlossen haben sollte."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("Bestehensgrenze (Prozent)"), default=70, validators=percent
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("Versuche je Quiz"), default=3, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    participation_share = models.PositiveSmallIntegerField(
        _("Anteil erledigter Lektionen für die Teilnahmebestätigung (Prozent)"),
        default=80,
        validators=percent,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("teaser"),
        FieldPanel("audience"),
        FieldPanel("objectives"),
        MultiFieldPanel([FieldPanel("level"), FieldPanel("duration_minutes")], heading=_("Umfang")),
        MultiFieldPanel(
            [
                FieldPanel("handlungsfelder", widget=forms.CheckboxSelectMultiple),
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Einordnung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("participation_share"),
            ],
            heading=_("Abschluss"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("objectives"),
    ]

    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = ["learning.LessonPage"]

    class Meta:
        verbose_name = _("Kurs")
        verbose_name_plural = _("Kurse")

    @require_for_page("learning.view_course")
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..views.courses import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request))
        return context

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")


class LessonPage(RoutablePageMixin, Page):
    body = StreamField(LessonStreamBlock(), verbose_name=_("Inhalt"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["learning.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Lektion")
        verbose_name_plural = _("Lektionen")

    def quizzes(self) -> dict:
        """Quiz key (block id) -> quiz value, in body order."""
        return {block.id: block.value for block in self.body if block.block_type == "quiz"}

    def quiz_result_url(self, quiz_key: str, number: int) -> str:
        """The result page of one attempt at one of the lesson's quizzes."""
        return self.url + self.reverse_subpage(
            "quiz_result", kwargs={"quiz_key": quiz_key, "number": str(number)}
        )

    # Lessons are for signed-in people: every route checks the rule before it answers.
    @path("")
    @require_for_page("learning.view_lesson")
    def lesson(self, request):
        from ..views import lessons

        return lessons.lesson(self, request)

    @path("abschliessen/")
    @method_decorator(require_POST)
    @require_for_page("learning.view_lesson")
    def complete(self, request):
        from ..views import lessons

        return lessons.complete(self, request)

    @re_path(r"^quiz/(?P<quiz_key>[0-9a-f-]{36})/$")
    @method_decorator(require_POST)
    @require_for_page("learning.view_lesson")
    def submit_quiz(self, request, quiz_key):
        from ..views import lessons

        return lessons.submit_quiz(self, request, quiz_key)

    @re_path(r"^ergebnis/(?P<quiz_key>[0-9a-f-]{36})/(?P<number>[0-9]+)/$")
    @require_for_page("learning.view_lesson")
    def quiz_result(self, request, number, quiz_key):
        from ..views import lessons

        return lessons.quiz_result(self, request, quiz_key, int(number))


class LearningPathCourse(Orderable):
    learning_path = ParentalKey(
        "learning.LearningPathPage", on_delete=models.CASCADE, related_name="steps"
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("Kurs"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("course", "learning.CoursePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("Kurs im Lernpfad")
        verbose_name_plural = _("Kurse im Lernpfad")


class LearningPathPage(Page):
    """A Lernpfad: courses in the order that suits a Kommune in one phase."""

    intro = RichTextField(_("Einleitung"), features=["bold", "italic", "link", "ul"])
    phase = models.PositiveSmallIntegerField(_("Phase"), choices=Phase.choices)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("phase"),
        InlinePanel("steps", label=_("Kurse"), min_num=1),
    ]

    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Lernpfad")
        verbose_name_plural = _("Lernpfade")

    @require_for_page("learning.view_course")
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..views.courses import path_context

        context = super().get_context(request, *args, **kwargs)
        context.update(path_context(self, request))
        return context
