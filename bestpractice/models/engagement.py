"""What signed-in members do with a case study. The services and views that write these
rows live beside the submission and comparison code; the tables are defined here so that
the index can sort by them."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import belongs_to, person


def _case_study(related_name: str) -> models.ForeignKey:
    """The case study a member's bookmark, rating or interest is about."""
    return belongs_to("bestpractice.CaseStudyPage", _("Praxisbeispiel"), related_name)


class Bookmark(models.Model):
    """One entry of a person's Merkliste."""

    user = person("case_study_bookmarks")
    case_study = _case_study("bookmarks")
    created_at = models.DateTimeField(_("gemerkt am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Merklisten-Eintrag")
        verbose_name_plural = _("Merkliste")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "case_study"], name="one_bookmark_per_case_study"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.case_study}"


class Rating(models.Model):
    """How useful a member found a case study: one vote each, which they may change."""

    user = person("case_study_ratings")
    case_study = _case_study("ratings")
    usefulness = models.PositiveSmallIntegerField(
        _("Nützlichkeit"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    created_at = models.DateTimeField(_("bewertet am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Bewertung")
        verbose_name_plural = _("Bewertungen")
        constraints = [
            models.UniqueConstraint(fields=["user", "case_study"], name="one_rating_per_person"),
            models.CheckConstraint(
                condition=models.Q(usefulness__gte=1, usefulness__lte=5),
                name="rating_usefulness_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.case_study}: {self.usefulness}"


class ReplicationInterest(models.Model):
    """ "Das wollen wir auch": a Kommune wants to replicate a case study. Stored per Kommune,
    because partnering matches Kommunen, not single people."""

    user = person("replication_interests", null=True, on_delete=models.SET_NULL)
    kommune = belongs_to("network.Kommune", _("Kommune"), "replication_interests")
    case_study = _case_study("interests")
    message = models.TextField(_("Nachricht"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("bekundet am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Interesse an Nachnutzung")
        verbose_name_plural = _("Interessen an Nachnutzung")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kommune", "case_study"], name="one_interest_per_kommune"
            )
        ]

    def __str__(self):
        return f"{self.kommune} → {self.case_study}"
