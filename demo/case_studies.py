"""The demo case studies and funding programmes: `content/praxisbeispiele/` (one Markdown file
per case study: the facts as front matter, the sections as text under their headings),
`content/praxisbeispiele.yaml` (the index page) and `content/foerderprogramme.yaml`.

Idempotent: programmes are matched by name, pages by slug; a page that exists already is
left to the editors, so a second run changes nothing."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time
from functools import cache

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import override

from bestpractice.models import SECTIONS, CaseStudyIndexPage, CaseStudyPage, Foerderprogramm
from core.plugins import SeedContext
from network.models import Handlungsfeld, Kommune

from .loader import MarkdownFile, markdown_files, read_yaml
from .seeding import CREATED, UNCHANGED, describe, home_page_for, phase_number


@cache
def case_studies() -> tuple[MarkdownFile, ...]:
    return tuple(markdown_files("praxisbeispiele"))


@cache
def programmes() -> tuple[dict, ...]:
    return tuple(read_yaml("foerderprogramme.yaml"))


def seed_programmes() -> dict[str, Foerderprogramm]:
    found = {}
    for spec in programmes():
        found[spec["name"]], _created = Foerderprogramm.objects.get_or_create(
            name=spec["name"],
            defaults={
                "funder": spec["foerdergeber"],
                "url": spec["website"],
                "funding_rate": spec["foerderquote"],
                "description": spec["beschreibung"],
            },
        )
    return found


def seed_index() -> CaseStudyIndexPage:
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        spec = read_yaml("praxisbeispiele.yaml")
        index = CaseStudyIndexPage(title=spec["titel"], slug=spec["slug"], intro=spec["einleitung"])
        home_page_for(CaseStudyIndexPage).add_child(instance=index)
        index.save_revision().publish()
    return index


def section_fields(spec: MarkdownFile) -> dict[str, str]:
    """The text under each heading as the rich text of its section field; the headings are
    the sections' German labels, each paragraph one HTML paragraph."""
    with override("de"):
        fields = {str(label): name for name, label in SECTIONS}
    sections: dict[str, str] = {}
    heading = None
    for kind, text in spec.parts:
        if kind == "heading":
            heading = text
        if heading not in fields:
            name = heading or "Text vor der ersten Überschrift"
            raise ValueError(f"{spec.slug}: unbekannter Abschnitt „{name}“.")
        if kind == "text":
            sections[fields[heading]] = sections.get(fields[heading], "") + f"<p>{text}</p>"
    if missing := set(fields.values()) - set(sections):
        raise ValueError(f"{spec.slug}: es fehlen Abschnitte ({', '.join(sorted(missing))}).")
    return sections


def published_at(facts: dict) -> datetime:
    day = facts["ende"] or facts["beginn"]
    if day is None:
        return timezone.now()
    return timezone.make_aware(datetime.combine(day, time(9)))


def seed_case_studies() -> Counter:
    index = seed_index()
    found = seed_programmes()
    existing = set(CaseStudyPage.objects.child_of(index).values_list("slug", flat=True))
    todo = [spec for spec in case_studies() if spec.slug not in existing]
    tally = Counter({UNCHANGED: len(case_studies()) - len(todo)})
    if not todo:
        return tally
    kommunen = Kommune.objects.in_bulk(
        {ags for spec in todo for ags in spec.meta["kommunen"]}, field_name="ags"
    )
    felder = {feld.slug: feld for feld in Handlungsfeld.objects.all()}
    contacts = {
        user.email: user
        for user in get_user_model().objects.filter(
            email__in={spec.meta["ansprechperson"] for spec in todo if spec.meta["ansprechperson"]}
        )
    }
    for spec in todo:
        create_case_study(index, spec, kommunen, felder, found, contacts)
        tally[CREATED] += 1
    return tally


def create_case_study(index, spec, kommunen, felder, found, contacts) -> CaseStudyPage:
    facts = spec.meta
    page = CaseStudyPage(
        title=facts["titel"],
        slug=spec.slug,
        teaser=facts["teaser"],
        phase=phase_number(facts["phase"]),
        status=facts["status"],
        cost_one_off=facts["kosten_einmalig"],
        cost_yearly=facts["kosten_jaehrlich"],
        staff_effort=facts["personentage"],
        foerderprogramm=found.get(facts["foerderprogramm"]),
        start_date=facts["beginn"],
        end_date=facts["ende"],
        transferability=facts["uebertragbarkeit"],
        transferability_reason=facts["uebertragbarkeit_begruendung"],
        # Demo accounts exist only where the settings allow them; without, no contact.
        contact_person=contacts.get(facts["ansprechperson"]),
        **section_fields(spec),
    )
    page.kommunen = [kommunen[ags] for ags in facts["kommunen"]]
    page.handlungsfelder = [felder[slug] for slug in facts["handlungsfelder"]]
    page.tags.set(facts["schlagworte"])
    index.add_child(instance=page)
    page.save_revision().publish()
    # The list sorts by publication date; the demo spreads them over the projects' dates.
    published = published_at(facts)
    CaseStudyPage.objects.filter(pk=page.pk).update(
        first_published_at=published, last_published_at=published
    )
    return page


def seed_case_study_pages(context: SeedContext) -> None:
    context.write(f"  Praxisbeispiele: {describe(seed_case_studies())}")
