"""A form sent with an expired or missing CSRF token: a German page in the portal's layout."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext as _

pytestmark = pytest.mark.django_db

EXPLANATION = (
    "Ihre Eingabe konnte aus Sicherheitsgründen nicht angenommen werden. Meist war die "
    "Seite zu lange geöffnet, oder Sie haben sich inzwischen in einem anderen Fenster "
    "an- oder abgemeldet. Bitte laden Sie die Seite neu und senden Sie das Formular "
    "noch einmal. Hilft das nicht, erlauben Sie Cookies für dieses Portal."
)


@pytest.fixture
def strict_client():
    """A client that, like a browser, gets CSRF checks (the test client skips them)."""
    return Client(enforce_csrf_checks=True)


def test_a_form_without_token_is_refused_with_a_german_page(strict_client):
    response = strict_client.post(
        reverse("account_login"), {"login": "a@b.example", "password": "x"}
    )

    page = response.content.decode()
    assert response.status_code == 403
    assert f"<title>{_('Formular abgelaufen')} – Netzwerk Digitale Kommune</title>" in page
    assert _(EXPLANATION) in page
    assert "CSRF" not in page


def test_the_page_offers_the_way_back_in_the_portal_layout(strict_client):
    response = strict_client.post(reverse("account_login"), {})

    page = response.content.decode()
    assert 'lang="de"' in page
    assert 'class="kern-btn kern-btn--primary" href="/"' in page


def test_the_page_sets_a_fresh_token_so_that_the_next_try_works(strict_client):
    strict_client.post(reverse("account_login"), {})

    form_page = strict_client.get(reverse("account_login"))
    token = form_page.context["csrf_token"]
    response = strict_client.post(
        reverse("account_login"),
        {"login": "a@b.example", "password": "x", "csrfmiddlewaretoken": token},
    )

    assert response.status_code == 200
