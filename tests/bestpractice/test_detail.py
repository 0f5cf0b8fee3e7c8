"""The case study page: facts, sections, and the contact person for members only."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bestpractice.factories import FoerderprogrammFactory, create_case_study
from bestpractice.models import SECTIONS
from core.permissions import has_perm
from network.factories import MembershipFactory
from tests.helpers import RolePeople, login_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_study(index, kommune, people):
    contact = people.digitallotse
    contact.job_title = "Digitallotse im Hauptamt"
    contact.save()
    programme = FoerderprogrammFactory(name="Digitale Modellregion", funder="land", funding_rate=80)
    return create_case_study(
        index,
        kommunen=[kommune],
        title="Digitale Bauakte",
        cost_one_off=12_500,
        cost_yearly=1_200,
        staff_effort=40,
        transferability=4,
        transferability_reason="Jede Kommune mit DMS kann es nachmachen.",
        foerderprogramm=programme,
        contact_person=contact,
        tags=["E-Akte"],
        **{name: f"<p>Text zu {label}</p>" for name, label in SECTIONS},
    )


def test_all_sections_appear_in_order_with_their_headings(case_study, client):
    html = client.get(case_study.url).content.decode()
    positions = [html.index(f">{label}</h2>") for _name, label in SECTIONS]
    assert positions == sorted(positions)


def test_facts_box_in_german_formats_and_words(case_study, client, kommune):
    html = client.get(case_study.url).content.decode()
    assert "12.500\u00a0€" in html and "1.200\u00a0€" in html
    assert "40 Personentage" in html
    assert "4 von 5" in html and "Jede Kommune mit DMS" in html
    assert "Digitale Modellregion (Land, Förderquote 80 %)" in html
    assert f'href="{kommune.get_absolute_url()}"' in html
    assert "Brandenburg" in html


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_contact_person_only_for_members_of_the_network(role, case_study, client, people):
    user = getattr(people, role)
    login_as(client, user)
    html = client.get(case_study.url).content.decode()
    contact = people.digitallotse
    sees = has_perm(user, "bestpractice.see_contact", case_study)
    assert sees == (role != "besucher")
    assert (contact.public_name in html) == sees
    assert ("Digitallotse im Hauptamt" in html) == sees
    # The address is never part of the page, not even for members.
    assert contact.email not in html


def test_visitors_are_asked_to_sign_in_and_see_no_address(case_study, client, people):
    html = client.get(case_study.url).content.decode()
    assert "/konto/login/?next=" + case_study.url in html
    main = html[html.index("<main") : html.index("</main>")]
    assert "@" not in main


def test_the_contact_is_shown_with_their_kommune(case_study, client, people, kommune):
    login_as(client, people.mitglied)
    html = client.get(case_study.url).content.decode()
    assert f"{people.digitallotse.public_name}, Digitallotse im Hauptamt, " in html
    assert (
        f'<a class="kern-link" href="{kommune.get_absolute_url()}">{kommune.name}</a></p>' in html
    )


def test_drafts_are_not_served(index, kommune, client):
    draft = create_case_study(index, kommunen=[kommune], live=False)
    assert client.get(f"{index.url}{draft.slug}/").status_code == 404


def _detail_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_detail_query_count_does_not_grow_with_the_data(
    case_study, index, kommune, other_kommune, people, client, django_assert_num_queries
):
    login_as(client, people.mitglied)
    for number in range(9):
        create_case_study(index, kommunen=[kommune, other_kommune], tags=[f"tag{number}"])
    _detail_queries(client, case_study.url)  # the first request fills per-process caches
    small = _detail_queries(client, case_study.url)
    for number in range(190):
        create_case_study(index, kommunen=[kommune], tags=[f"tag{number % 5}"])
    for _number in range(5):
        MembershipFactory(kommune=kommune)
    with django_assert_num_queries(small):
        client.get(case_study.url)
