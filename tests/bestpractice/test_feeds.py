"""Atom and RSS feeds of new case studies, optionally per Handlungsfeld."""

from xml.etree import ElementTree

import pytest

from bestpractice.factories import create_case_study

ATOM = "{http://www.w3.org/2005/Atom}"
ATOM_URL = "/praxisbeispiele/feed/"
RSS_URL = "/praxisbeispiele/feed/rss/"


@pytest.fixture
def case_studies(index, kommune, people):
    return [
        create_case_study(
            index,
            kommunen=[kommune],
            handlungsfelder=("ki",),
            title="Chatbot für das Bürgerbüro",
            teaser="Ein Chatbot beantwortet Fragen rund um die Uhr.",
            contact_person=people.digitallotse,
        ),
        create_case_study(
            index, kommunen=[kommune], handlungsfelder=("mobilitaet",), title="Rufbus per App"
        ),
    ]


def atom_entries(response) -> list:
    return ElementTree.fromstring(response.content).findall(f"{ATOM}entry")


def test_the_atom_feed_lists_new_case_studies_newest_first(client, case_studies, kommune):
    response = client.get(ATOM_URL)
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = atom_entries(response)
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        f"Chatbot für das Bürgerbüro ({kommune.name})",
        f"Rufbus per App ({kommune.name})",
    ]
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href").endswith(case_studies[0].url)
    assert first.findtext(f"{ATOM}summary") == "Ein Chatbot beantwortet Fragen rund um die Uhr."
    assert [c.get("term") for c in first.findall(f"{ATOM}category")] == [
        "KI & Automatisierung in der Verwaltung"
    ]


def test_the_rss_feed_has_the_same_items(client, case_studies):
    response = client.get(RSS_URL)
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    assert [item.findtext("title").split(" (")[0] for item in channel.findall("item")] == [
        "Chatbot für das Bürgerbüro",
        "Rufbus per App",
    ]


def test_a_feed_per_handlungsfeld(client, case_studies):
    response = client.get(ATOM_URL, {"handlungsfeld": "mobilitaet"})
    feed = ElementTree.fromstring(response.content)
    assert "Mobilität" in feed.findtext(f"{ATOM}title")
    assert [e.findtext(f"{ATOM}title").split(" (")[0] for e in atom_entries(response)] == [
        "Rufbus per App"
    ]
    assert client.get(ATOM_URL, {"handlungsfeld": "gibt-es-nicht"}).status_code == 404


def test_drafts_and_contact_people_stay_out_of_the_feed(
    client, case_studies, index, kommune, people
):
    create_case_study(index, kommunen=[kommune], live=False, title="Noch geheim")
    for address in (ATOM_URL, RSS_URL):
        body = client.get(address).content.decode()
        assert "Noch geheim" not in body
        assert people.digitallotse.email not in body
        assert people.digitallotse.last_name not in body


def test_the_feed_needs_the_same_queries_for_few_and_many(client, index, kommune):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from network.factories import KommuneFactory

    create_case_study(index, kommunen=[kommune])
    client.get(ATOM_URL)
    with CaptureQueriesContext(connection) as few:
        client.get(ATOM_URL)
    for _n in range(12):
        create_case_study(
            index, kommunen=[kommune, KommuneFactory()], handlungsfelder=("ki", "bildung")
        )
    with CaptureQueriesContext(connection) as many:
        assert len(atom_entries(client.get(ATOM_URL))) == 13
    assert len(many) == len(few)
