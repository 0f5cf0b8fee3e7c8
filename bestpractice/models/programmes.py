"""Funding programmes (Förderprogramme) that case studies name, kept as snippets so that
editors describe each programme once and every case study links to the same entry."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Funder(models.TextChoices):
    EU = "eu", _("EU")
    BUND = "bund", _("Bund")
    LAND = "land", _("Land")
    SONSTIGE = "sonstige", _("Sonstige")


class Foerderprogramm(models.Model):
    name = models.CharField(_("Name"), max_length=200, unique=True)
    funder = models.CharField(_("Fördergeber"), max_length=10, choices=Funder.choices)
    url = models.URLField(_("Website"), blank=True)
    funding_rate = models.PositiveSmallIntegerField(
        _("Förderquote (Prozent)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Der übliche Anteil der förderfähigen Kosten, den das Programm trägt."),
    )
    description = models.TextField(_("Beschreibung"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("Förderprogramm")
        verbose_name_plural = _("Förderprogramme")
        ordering = ["name"]

    def __str__(self):
        return self.name
