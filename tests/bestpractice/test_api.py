"""The read-only JSON API of published case studies and its OpenAPI schema."""

import json

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from bestpractice.factories import FoerderprogrammFactory, create_case_study
from bestpractice.models import SECTIONS
from network.factories import KommuneFactory
from tests.helpers import RolePeople, login_as

LIST_URL = "/api/praxisbeispiele/"
SCHEMA_ID = "urn:ndk:api-schema"


@pytest.fixture
def schema(client, db):
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return json.loads(response.content)


def validator_for(schema: dict, path: str) -> Draft202012Validator:
    """A JSON Schema validator for the 200 response the schema documents for `path`."""
    response = schema["paths"][path]["get"]["responses"]["200"]
    reference = response["content"]["application/json"]["schema"]["$ref"]
    registry = Registry().with_resource(SCHEMA_ID, DRAFT202012.create_resource(schema))
    return Draft202012Validator(
        {"$ref": f"{SCHEMA_ID}{reference}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


@pytest.fixture
def published(index, kommune, people):
    programme = FoerderprogrammFactory(
        name="Digitale Modellregionen", url="https://foerder.example/"
    )
    return create_case_study(
        index,
        kommunen=[kommune],
        handlungsfelder=("buergerdienste", "ki"),
        title="KI-Posteingang",
        cost_one_off=48_000,
        cost_yearly=6_000,
        staff_effort=40,
        foerderprogramm=programme,
        contact_person=people.digitallotse,
        nutzen='<p>Antwort in <a href="https://example.org/">zwei Tagen</a>, nicht Wochen.</p>',
        tags=("Posteingang",),
    )


def test_the_schema_is_openapi_3_1_and_only_describes_the_public_api(schema):
    assert schema["openapi"].startswith("3.1")
    assert all(path.startswith("/api/") for path in schema["paths"])
    assert "/api/praxisbeispiele/" in schema["paths"]
    assert "/api/praxisbeispiele/{id}/" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"][LIST_URL]["get"]["parameters"]}
    assert {
        "handlungsfeld",
        "land",
        "phase",
        "status",
        "kosten",
        "sortierung",
        "seite",
    } <= parameters


def test_the_list_matches_the_schema_and_has_the_facts(client, schema, published, kommune):
    data = client.get(LIST_URL).json()
    validator_for(schema, LIST_URL).validate(data)
    assert data["count"] == 1
    [item] = data["results"]
    assert item["title"] == "KI-Posteingang"
    assert item["kommunen"] == [{"name": kommune.name, "ags": kommune.ags, "land": kommune.land}]
    assert [feld["slug"] for feld in item["handlungsfelder"]] == ["buergerdienste", "ki"]
    assert item["costs"] == {"one_off_eur": 48_000, "yearly_eur": 6_000, "staff_days": 40}
    assert item["foerderprogramm"]["name"] == "Digitale Modellregionen"
    assert item["url"].endswith(published.url)


def test_the_detail_matches_the_schema_with_every_section_as_html(client, schema, published):
    data = client.get(f"{LIST_URL}{published.pk}/").json()
    validator_for(schema, "/api/praxisbeispiele/{id}/").validate(data)
    assert [section["key"] for section in data["sections"]] == [name for name, _l in SECTIONS]
    nutzen = next(section for section in data["sections"] if section["key"] == "nutzen")
    assert 'href="https://example.org/"' in nutzen["html"]
    assert data["tags"] == ["Posteingang"]


def test_the_contact_person_is_never_in_the_api(client, published, people):
    for address in (LIST_URL, f"{LIST_URL}{published.pk}/"):
        body = client.get(address).content.decode()
        assert people.digitallotse.email not in body
        assert people.digitallotse.last_name not in body
        assert "contact" not in body


def test_unpublished_case_studies_are_not_served(client, index, kommune, published):
    draft = create_case_study(index, kommunen=[kommune], live=False, title="Entwurf")
    assert client.get(f"{LIST_URL}{draft.pk}/").status_code == 404
    assert [item["title"] for item in client.get(LIST_URL).json()["results"]] == ["KI-Posteingang"]


def test_the_list_takes_the_index_filters(client, index, kommune, published):
    elsewhere = KommuneFactory(name="Seestadt", ags="01001000", population=250_000)
    create_case_study(index, kommunen=[elsewhere], handlungsfelder=("mobilitaet",), title="E-Bus")
    assert [
        i["title"] for i in client.get(LIST_URL, {"handlungsfeld": "ki"}).json()["results"]
    ] == ["KI-Posteingang"]
    assert [i["title"] for i in client.get(LIST_URL, {"land": "01"}).json()["results"]] == ["E-Bus"]
    assert client.get(LIST_URL, {"kosten": "ueber-250000"}).json()["count"] == 0


def test_the_list_is_paginated(client, schema, index, kommune):
    for _n in range(23):
        create_case_study(index, kommunen=[kommune])
    first = client.get(LIST_URL).json()
    validator_for(schema, LIST_URL).validate(first)
    assert (first["count"], len(first["results"])) == (23, 20)
    assert "seite=2" in first["next"]
    second = client.get(LIST_URL, {"seite": 2}).json()
    assert len(second["results"]) == 3 and second["next"] is None


def test_the_list_needs_the_same_queries_for_few_and_many(client, index, kommune):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    create_case_study(index, kommunen=[kommune], foerderprogramm=FoerderprogrammFactory())
    client.get(LIST_URL)
    with CaptureQueriesContext(connection) as few:
        client.get(LIST_URL)
    for _n in range(15):
        create_case_study(
            index,
            kommunen=[kommune, KommuneFactory()],
            handlungsfelder=("ki", "bildung"),
            foerderprogramm=FoerderprogrammFactory(),
        )
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(LIST_URL).json()["results"]) == 16
    assert len(many) == len(few)


def test_the_detail_needs_the_same_queries_for_small_and_large_case_studies(client, index, kommune):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    small = create_case_study(index, kommunen=[kommune])
    large = create_case_study(
        index,
        kommunen=[kommune, *(KommuneFactory() for _n in range(5))],
        handlungsfelder=("ki", "bildung", "mobilitaet"),
        tags=("a", "b", "c"),
    )
    client.get(f"{LIST_URL}{small.pk}/")
    with CaptureQueriesContext(connection) as one:
        client.get(f"{LIST_URL}{small.pk}/")
    with CaptureQueriesContext(connection) as other:
        client.get(f"{LIST_URL}{large.pk}/")
    assert len(one) == len(other)


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_the_api_is_public_and_read_only(client, people, published, role):
    login_as(client, getattr(people, role))
    assert client.get(LIST_URL).status_code == 200
    assert client.post(LIST_URL, {}).status_code == 405
    assert client.delete(f"{LIST_URL}{published.pk}/").status_code == 405


def test_the_api_has_a_plain_description_page(client, db):
    response = client.get("/api/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/api/schema/" in body and LIST_URL in body
    assert "cdn" not in body.lower()
