"""Test and demo helpers for case studies."""

from datetime import timedelta

import factory
from django.utils import timezone
from wagtail.models import Site

from core.taxonomy import Phase
from network.models import Handlungsfeld

from .models import CaseStudyIndexPage, CaseStudyPage, Foerderprogramm, Funder, Status


class FoerderprogrammFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Foerderprogramm

    name = factory.Sequence(lambda n: f"Förderprogramm {n}")
    funder = Funder.BUND
    funding_rate = 50


def case_study_index(slug: str = "praxisbeispiele") -> CaseStudyIndexPage:
    """The one index page below the home page, created on first use."""
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        home = Site.objects.get(is_default_site=True).root_page
        index = CaseStudyIndexPage(title="Praxisbeispiele", slug=slug)
        home.add_child(instance=index)
    return index


_sequence = iter(range(1, 10**9))


def create_case_study(
    index: CaseStudyIndexPage,
    *,
    kommunen,
    handlungsfelder=("ki",),
    tags=(),
    live: bool = True,
    **fields,
) -> CaseStudyPage:
    number = next(_sequence)
    values = {
        "title": f"Praxisbeispiel {number}",
        "slug": f"praxisbeispiel-{number}",
        "teaser": "Eine Kommune digitalisiert einen Ablauf und berichtet davon.",
        "phase": Phase.START,
        "status": Status.BETRIEB,
        "ist_situation": "<p>Anträge kamen auf Papier.</p>",
        "first_published_at": timezone.now() - timedelta(minutes=number),
        **fields,
    }
    page = CaseStudyPage(live=live, **values)
    page.kommunen = list(kommunen)
    page.handlungsfelder = list(Handlungsfeld.objects.filter(slug__in=handlungsfelder))
    index.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
        page.save()
    return page
