"""The demo case studies: enough of them, across the network, and seeded only once."""

from io import StringIO

import pytest
from django.core.management import call_command

from bestpractice.models import CaseStudyPage, Foerderprogramm
from core.taxonomy import Phase, Topic
from demo.case_studies import case_studies, programmes
from demo.seeding import phase_number

pytestmark = pytest.mark.django_db


def test_demo_covers_every_handlungsfeld_and_phase():
    facts = [spec.meta for spec in case_studies()]
    assert len(facts) >= 25 and len(programmes()) >= 8
    assert {feld for spec in facts for feld in spec["handlungsfelder"]} == set(Topic.values)
    assert {phase_number(spec["phase"]) for spec in facts} == set(Phase.values)
    assert any(len(spec["kommunen"]) > 1 for spec in facts)


def test_seeding_twice_creates_everything_once(settings):
    settings.DEMO_USERS_ALLOWED = True
    call_command("seed_demo", stdout=StringIO())
    pages = dict(CaseStudyPage.objects.live().values_list("slug", "latest_revision_id"))
    call_command("seed_demo", stdout=StringIO())
    assert dict(CaseStudyPage.objects.live().values_list("slug", "latest_revision_id")) == pages
    assert len(pages) == len(case_studies())
    assert Foerderprogramm.objects.count() == len(programmes())
    published = CaseStudyPage.objects.live().filter(contact_person__isnull=False)
    assert published.exists()
    assert not CaseStudyPage.objects.filter(kommunen__isnull=True).exists()
