"""The shared vocabulary of the network: the Handlungsfelder, the four phases, the Länder and
the size classes of German municipal statistics. Every app filters and counts by them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

LAENDER = {
    "01": "Schleswig-Holstein",
    "02": "Hamburg",
    "03": "Niedersachsen",
    "04": "Bremen",
    "05": "Nordrhein-Westfalen",
    "06": "Hessen",
    "07": "Rheinland-Pfalz",
    "08": "Baden-Württemberg",
    "09": "Bayern",
    "10": "Saarland",
    "11": "Berlin",
    "12": "Brandenburg",
    "13": "Mecklenburg-Vorpommern",
    "14": "Sachsen",
    "15": "Sachsen-Anhalt",
    "16": "Thüringen",
}
LAND_CHOICES = list(LAENDER.items())


class SizeClass(models.TextChoices):
    """The size classes of German municipal statistics."""

    UNDER_5K = "lt5k", _("unter 5.000 Einwohner")
    FROM_5K = "5k-20k", _("5.000 bis 20.000 Einwohner")
    FROM_20K = "20k-100k", _("20.000 bis 100.000 Einwohner")
    OVER_100K = "gt100k", _("über 100.000 Einwohner")


def size_class_for(population: int | None) -> str:
    if population is None:
        return ""
    if population < 5_000:
        return SizeClass.UNDER_5K
    if population < 20_000:
        return SizeClass.FROM_5K
    if population <= 100_000:
        return SizeClass.FROM_20K
    return SizeClass.OVER_100K


class Phase(models.IntegerChoices):
    """The four phases of the Bausteinkonzept, the portal's backbone."""

    ORIENTIERUNG = 1, _("Orientierung")
    START = 2, _("Start")
    STRATEGIE = 3, _("Strategie")
    WACHSTUM = 4, _("Wachstum")


class Topic(models.TextChoices):
    """The fixed list of Handlungsfelder (fields of action). Case studies, courses and project
    goals each carry one or more of them besides their free tags."""

    STADTPLANUNG = "stadtplanung", _("Stadtplanung & digitale Infrastruktur")
    BUERGERDIENSTE = "buergerdienste", _("Digitale Bürgerdienste & E-Government")
    KI = "ki", _("KI & Automatisierung in der Verwaltung")
    NACHHALTIGKEIT = "nachhaltigkeit", _("Nachhaltigkeit & Energie")
    SICHERHEIT = "sicherheit", _("Sicherheit & Notfallmanagement")
    BILDUNG = "bildung", _("Bildung & Schule")
    MOBILITAET = "mobilitaet", _("Mobilität")
    GESUNDHEIT = "gesundheit", _("Gesundheit & Pflege")
    BETEILIGUNG = "beteiligung", _("Beteiligung & Open Data")
    ORGANISATION = "organisation", _("Organisation & Personal")
    INFORMATIONSSICHERHEIT = "informationssicherheit", _("Informationssicherheit & Datenschutz")
