import pytest
from django.urls import reverse

from tests.helpers import RolePeople, login_as
from tests.learning.certificate_helpers import both_certificates


@pytest.fixture
def certificates(holder):
    return both_certificates(holder, title="Fördermittel finden und beantragen")


def _text(response) -> str:
    return response.content.decode()


def test_a_valid_code_confirms_name_course_kind_and_date(client, certificates):
    teilnahme, _ = certificates
    response = client.get(f"/zertifikate/{teilnahme.code}/")
    assert response.status_code == 200
    text = _text(response)
    assert "Gültig" in text
    assert "Jürgen Weiß-Öztürk" in text
    assert "Fördermittel finden und beantragen" in text
    assert "Teilnahmebestätigung" in text
    assert teilnahme.issued_at.strftime("%Y") in text


def test_the_page_shows_nothing_else_about_the_person(client, certificates, holder, kommune):
    teilnahme, _ = certificates
    text = _text(client.get(teilnahme.get_absolute_url()))
    assert holder.email not in text
    assert kommune.name not in text
    assert holder.job_title not in text
    assert "Ergebnis" not in text  # a confirmation of participation has no score


def test_a_leistungsnachweis_confirms_the_score_printed_on_it(client, certificates):
    _, leistung = certificates
    text = _text(client.get(leistung.get_absolute_url()))
    assert "Leistungsnachweis" in text
    assert "Ergebnis" in text
    assert f"{leistung.score} %" in text


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_everyone_may_verify(client, people, role, certificates):
    login_as(client, getattr(people, role))
    assert client.get(certificates[0].get_absolute_url()).status_code == 200


def test_an_unknown_code_says_so_with_a_404(client, certificates):
    response = client.get("/zertifikate/ABCD-EFGH-JKMN/")
    assert response.status_code == 404
    text = _text(response)
    assert "Prüfcode unbekannt" in text
    assert "ABCD-EFGH-JKMN" in text
    assert "Was Sie jetzt tun können" in text
    assert 'name="code"' in text  # and lets the visitor try again


def test_something_that_is_no_code_is_unknown_too(client, db):
    response = client.get("/zertifikate/keine-ahnung/")
    assert response.status_code == 404
    assert "Prüfcode unbekannt" in _text(response)


@pytest.mark.parametrize("typed", ["lower", "nodashes"])
def test_a_code_typed_in_lower_case_or_without_dashes_leads_to_the_certificate(
    client, certificates, typed
):
    code = certificates[0].code
    variant = code.lower() if typed == "lower" else code.replace("-", "")
    response = client.get(f"/zertifikate/{variant}/")
    assert response.status_code == 302
    assert response.url == f"/zertifikate/{code}/"
    assert client.get(response.url).status_code == 200


def test_the_form_leads_to_the_verification_page(client, certificates):
    code = certificates[0].code
    response = client.get(reverse("certificates:verify_form"), {"code": f" {code.lower()} "})
    assert response.status_code == 302
    assert response.url == f"/zertifikate/{code}/"


def test_the_form_explains_a_mistyped_code_and_keeps_it(client, db):
    response = client.get(reverse("certificates:verify_form"), {"code": "ABCD-0000"})
    assert response.status_code == 200
    text = _text(response)
    assert "Das ist kein gültiger Prüfcode." in text
    assert 'value="ABCD-0000"' in text
    assert 'aria-describedby="' in text


def test_the_empty_form_shows_no_error(client, db):
    response = client.get(reverse("certificates:verify_form"))
    assert response.status_code == 200
    assert "Prüfcode" in _text(response)
    assert "kein gültiger" not in _text(response)


def test_verification_looks_up_only_the_certificate(
    client, certificates, django_assert_num_queries
):
    url = certificates[0].get_absolute_url()
    client.get(url)  # the first page of a site also creates its footer settings
    # The certificate; the rest is the layout (site, footer links).
    with django_assert_num_queries(3):
        response = client.get(url)
    assert response.status_code == 200
