import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from core.factories import UserFactory
from network.factories import MembershipFactory
from network.models import Role
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


def test_home_page_is_german_by_default_even_for_english_browsers(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in html
    assert "Zum Inhalt springen" in html


def test_language_switch_gives_english(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"}, follow=True)
    html = response.content.decode()
    assert '<html lang="en">' in html
    with translation.override("en"):
        assert translation.gettext("Zum Inhalt springen") in html


def test_layout_has_skip_link_landmarks_and_areas(client):
    html = client.get("/").content.decode()
    assert 'href="#inhalt"' in html
    assert '<main id="inhalt"' in html
    assert "<header" in html and "<footer" in html
    assert 'aria-label="Hauptnavigation"' in html
    assert 'href="/kommunen/"' in html


def test_signed_in_home_page_shows_the_kommune_and_next_steps(client, kommune):
    admin = MembershipFactory(kommune=kommune, role=Role.ADMIN).user
    MembershipFactory(kommune=kommune, state="angefragt", is_primary=True)
    login_as(client, admin)
    html = client.get("/").content.decode()
    assert "Musterstadt" in html
    assert "Offene Beitrittsanfragen" in html
    assert f"/kommunen/{kommune.ags}/mitglieder/" in html


def test_signed_in_person_without_kommune_is_sent_to_the_directory(client):
    login_as(client, UserFactory())
    html = client.get("/").content.decode()
    assert "Ihrer Kommune beitreten" in html


def test_404_page_is_german_and_in_the_layout(client):
    response = client.get("/diese-seite-gibt-es-nicht/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Seite nicht gefunden" in html
    assert "Zum Inhalt springen" in html


def test_403_page_is_german(client, people, kommune):
    login_as(client, people.mitglied)
    response = client.get(reverse("network:kommune_edit", args=[kommune.ags]))
    assert response.status_code == 403
    assert "Zugriff nicht erlaubt" in response.content.decode()


@override_settings(DEBUG=False)
def test_500_page_is_static_german_html(client):
    from portal.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert "Technischer Fehler" in response.content.decode()


def test_portal_pages_send_a_content_security_policy(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy


def test_wagtail_admin_login_goes_through_the_portal_login(client):
    response = client.get("/cms/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_breadcrumbs_lead_from_home_through_the_kreis_to_the_current_page(client):
    from network.factories import KommuneFactory
    from network.models import KommuneType

    kreis = KommuneFactory(
        name="Landkreis Potsdam-Mittelmark", ags="12069000", kind=KommuneType.LANDKREIS
    )
    werder = KommuneFactory(name="Werder (Havel)", ags="12069656", kreis=kreis)
    crumbs = [
        (c.label, c.url) for c in client.get(werder.get_absolute_url()).context["breadcrumbs"]
    ]
    assert crumbs == [
        ("Start", "/"),
        ("Kommunen", "/kommunen/"),
        ("Landkreis Potsdam-Mittelmark", "/kommunen/12069000/"),
        ("Werder (Havel)", ""),
    ]


def test_home_page_shows_the_network_in_figures(client, people, kommune):
    html = client.get("/").content.decode()
    assert "Das Netzwerk in Zahlen" in html
    sections = client.get("/").context["sections"]
    (figures,) = [s.context["figures"] for s in sections if "figures" in s.context]
    assert figures["kommunen"] == 2
    assert figures["members"] == 4
    assert figures["lotsen"] == 1


def test_wagtail_password_reset_is_closed(client):
    # Passwords are reset through allauth only, which rate-limits and mails in German.
    response = client.get("/cms/password_reset/")
    assert response.status_code == 404


def test_directory_responses_vary_on_htmx_headers(client):
    vary = client.get(reverse("network:kommune_directory")).headers["Vary"]
    assert "HX-Request" in vary
    assert "HX-Target" in vary


def test_language_switch_needs_no_csrf_token_so_public_pages_stay_cacheable(db):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("set_language"), {"language": "en", "next": "/kommunen/"})
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"
    html = Client().get("/kommunen/").content.decode()
    assert "csrfmiddlewaretoken" not in html


@pytest.mark.parametrize(
    ("role", "submits"),
    [("mitglied", False), ("digitallotse", True), ("kommunen_admin", True)],
)
def test_user_menu_leads_to_the_personal_pages_of_the_areas(client, people, role, submits):
    login_as(client, getattr(people, role))
    html = client.get("/").content.decode()
    assert reverse("learning:my_courses") in html
    assert reverse("bestpractice:bookmarks") in html
    assert (reverse("bestpractice:my_submissions") in html) is submits
