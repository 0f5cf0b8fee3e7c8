"""Seeds the demo case studies. Idempotent: programmes are matched by name, pages by slug;
a page that exists already is left to the editors, so a second run changes nothing."""

from collections import Counter
from datetime import datetime, time

from django.contrib.auth import get_user_model
from django.utils import timezone

from network.models import Handlungsfeld, Kommune

from . import demo_data
from .models import SECTIONS, CaseStudyIndexPage, CaseStudyPage, Foerderprogramm

CREATED, UNCHANGED = "neu", "unverändert"


def seed_programmes() -> dict[str, Foerderprogramm]:
    programmes = {}
    for name, funder, url, rate, description in demo_data.PROGRAMMES:
        programme, _created = Foerderprogramm.objects.get_or_create(
            name=name,
            defaults={
                "funder": funder,
                "url": url,
                "funding_rate": rate,
                "description": description,
            },
        )
        programmes[name] = programme
    return programmes


def seed_index(home) -> CaseStudyIndexPage:
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        index = CaseStudyIndexPage(
            title="Praxisbeispiele", slug="praxisbeispiele", intro=demo_data.INDEX_INTRO
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _published_at(spec) -> datetime:
    day = spec["end_date"] or spec["start_date"]
    if day is None:
        return timezone.now()
    return timezone.make_aware(datetime.combine(day, time(9)))


def seed_case_studies(home) -> Counter:
    index = seed_index(home)
    programmes = seed_programmes()
    existing = set(CaseStudyPage.objects.child_of(index).values_list("slug", flat=True))
    todo = [spec for spec in demo_data.CASE_STUDIES if spec["slug"] not in existing]
    tally = Counter({UNCHANGED: len(demo_data.CASE_STUDIES) - len(todo)})
    if not todo:
        return tally
    kommunen = {k.ags: k for k in Kommune.objects.filter(ags__in=_all_ags(todo))}
    felder = {feld.slug: feld for feld in Handlungsfeld.objects.all()}
    contacts = {
        user.email: user
        for user in get_user_model().objects.filter(
            email__in={spec["contact"] for spec in todo if spec["contact"]}
        )
    }
    for spec in todo:
        _create(index, spec, kommunen, felder, programmes, contacts)
        tally[CREATED] += 1
    return tally


def _all_ags(specs) -> set[str]:
    return {ags for spec in specs for ags in spec["kommunen"]}


def _create(index, spec, kommunen, felder, programmes, contacts) -> CaseStudyPage:
    sections = dict(
        zip(
            [name for name, _label in SECTIONS],
            [f"<p>{text}</p>" for text in spec["sections"]],
            strict=True,
        )
    )
    page = CaseStudyPage(
        title=spec["title"],
        slug=spec["slug"],
        teaser=spec["teaser"],
        phase=spec["phase"],
        status=spec["status"],
        cost_one_off=spec["cost_one_off"],
        cost_yearly=spec["cost_yearly"],
        staff_effort=spec["staff_effort"],
        foerderprogramm=programmes.get(spec["programme"]) if spec["programme"] else None,
        start_date=spec["start_date"],
        end_date=spec["end_date"],
        transferability=spec["transferability"],
        transferability_reason=spec["transferability_reason"],
        # Demo accounts exist only where the settings allow them; without, no contact.
        contact_person=contacts.get(spec["contact"]),
        **sections,
    )
    page.kommunen = [kommunen[ags] for ags in spec["kommunen"]]
    page.handlungsfelder = [felder[slug] for slug in spec["handlungsfelder"]]
    page.tags.set(spec["tags"])
    index.add_child(instance=page)
    page.save_revision().publish()
    # The list sorts by publication date; the demo spreads them over the projects' dates.
    published = _published_at(spec)
    CaseStudyPage.objects.filter(pk=page.pk).update(
        first_published_at=published, last_published_at=published
    )
    return page
