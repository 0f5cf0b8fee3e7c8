import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.taxonomy import Phase
from network.factories import KommuneFactory
from network.models import KommuneType
from tests.helpers import htmx_get

pytestmark = pytest.mark.django_db


def _names(response):
    return [k.name for k in response.context["page"].object_list]


@pytest.fixture
def kommunen():
    kreis = KommuneFactory(
        name="Landkreis Potsdam-Mittelmark",
        ags="12069000",
        kind=KommuneType.LANDKREIS,
        population=220_000,
        phase=Phase.STRATEGIE,
    )
    KommuneFactory(
        name="Werder (Havel)",
        ags="12069656",
        kreis=kreis,
        population=27_000,
        kind=KommuneType.STADT,
        phase=Phase.WACHSTUM,
    )
    KommuneFactory(
        name="Hansestadt Lübeck",
        ags="01003000",
        population=218_000,
        kind=KommuneType.KREISFREIE_STADT,
        phase=Phase.WACHSTUM,
    )
    KommuneFactory(name="Kleindorf", ags="16066001", population=800, phase=Phase.ORIENTIERUNG)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["Hansestadt Lübeck", "Kleindorf", "Landkreis Potsdam-Mittelmark", "Werder (Havel)"]),
        ({"land": "12"}, ["Landkreis Potsdam-Mittelmark", "Werder (Havel)"]),
        ({"kind": "kreisfreie_stadt"}, ["Hansestadt Lübeck"]),
        ({"size_class": "lt5k"}, ["Kleindorf"]),
        ({"phase": "4"}, ["Hansestadt Lübeck", "Werder (Havel)"]),
        ({"q": "werder"}, ["Werder (Havel)"]),
        ({"q": "12069"}, ["Landkreis Potsdam-Mittelmark", "Werder (Havel)"]),
        ({"land": "12", "phase": "4"}, ["Werder (Havel)"]),
    ],
)
def test_filters(client, kommunen, query, expected):
    response = client.get(reverse("network:kommune_directory"), query)
    assert _names(response) == expected


def test_invalid_filter_values_are_ignored_not_an_error(client, kommunen):
    response = client.get(reverse("network:kommune_directory"), {"land": "99", "phase": "x"})
    assert response.status_code == 200
    assert len(_names(response)) == 4


def test_pagination_keeps_the_filters_in_the_links(client):
    KommuneFactory.create_batch(30, population=500)
    response = client.get(reverse("network:kommune_directory"), {"size_class": "lt5k"})
    html = response.content.decode()
    assert "size_class=lt5k&amp;seite=2" in html
    assert len(_names(response)) == 25
    second = client.get(reverse("network:kommune_directory"), {"size_class": "lt5k", "seite": 2})
    assert len(_names(second)) == 5


def test_htmx_request_gets_only_the_result_list(client, kommunen):
    response = htmx_get(
        client, reverse("network:kommune_directory"), "kommune-results", {"land": "01"}
    )
    html = response.content.decode()
    assert "Hansestadt Lübeck" in html
    assert "<html" not in html


def test_profile_shows_the_kreis_and_its_gemeinden(client, kommunen):
    kreis_page = client.get(reverse("network:kommune_detail", args=["12069000"])).content.decode()
    assert "Werder (Havel)" in kreis_page
    gemeinde_page = client.get(reverse("network:kommune_detail", args=["12069656"]))
    assert "Landkreis Potsdam-Mittelmark" in gemeinde_page.content.decode()


def test_unknown_profile_is_a_german_404(client):
    response = client.get(reverse("network:kommune_detail", args=["01999999"]))
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def _queries_for(client, url, query=None) -> int:
    # The first request of a site creates its footer settings row; measure the steady state.
    client.get(url, query or {})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query or {})
    assert response.status_code == 200
    return len(queries)


def test_directory_query_count_does_not_grow_with_the_data(client, django_assert_num_queries):
    url, query = reverse("network:kommune_directory"), {"size_class": "5k-20k"}
    KommuneFactory.create_batch(10)
    with_10 = _queries_for(client, url, query)
    KommuneFactory.create_batch(490)
    with django_assert_num_queries(with_10):
        client.get(url, query)


def test_profile_query_count_does_not_grow_with_members(
    client, kommunen, django_assert_num_queries
):
    from network.factories import MembershipFactory
    from network.models import Kommune

    werder = Kommune.objects.get(ags="12069656")
    MembershipFactory.create_batch(3, kommune=werder)
    url = werder.get_absolute_url()
    with_3_members = _queries_for(client, url)
    MembershipFactory.create_batch(40, kommune=werder)
    with django_assert_num_queries(with_3_members):
        client.get(url)


def test_htmx_update_refreshes_the_announced_count_outside_the_list(client, kommunen):
    response = htmx_get(
        client, reverse("network:kommune_directory"), "kommune-results", {"land": "12"}
    )
    html = response.content.decode()
    assert 'hx-swap-oob="innerHTML:#result-count"' in html
    assert "2 Kommunen gefunden" in html


def test_full_page_has_one_live_count(client, kommunen):
    html = client.get(reverse("network:kommune_directory")).content.decode()
    assert html.count('id="result-count"') == 1
    assert "hx-swap-oob" not in html


def test_profile_shows_the_logo_without_repeating_the_name(client, kommunen):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from network.models import Kommune

    werder = Kommune.objects.get(ags="12069656")
    werder.logo = Image.objects.create(title="Wappen Werder", file=get_test_image_file())
    werder.save()
    html = client.get(werder.get_absolute_url()).content.decode()
    assert 'class="kommune-logo"' in html
    assert 'alt=""' in html


def test_signed_in_profile_query_count_does_not_grow_with_lotsen(
    client, kommunen, django_assert_num_queries
):
    """Signed in, the profile also lists the Lotsen: that list must not cost a query each."""
    from network.factories import MembershipFactory
    from network.models import Kommune, Role
    from tests.helpers import login_as

    werder = Kommune.objects.get(ags="12069656")
    login_as(client, MembershipFactory(kommune=werder).user)
    MembershipFactory.create_batch(2, kommune=werder, role=Role.DIGITALLOTSE)
    url = werder.get_absolute_url()
    with_2_lotsen = _queries_for(client, url)
    MembershipFactory.create_batch(30, kommune=werder, role=Role.DIGITALLOTSE)
    with django_assert_num_queries(with_2_lotsen):
        response = client.get(url)
    assert len(response.context["lotsen"]) == 32


def test_members_page_query_count_does_not_grow(client, kommunen, django_assert_num_queries):
    from network.factories import MembershipFactory
    from network.models import Kommune, MembershipState, Role
    from tests.helpers import login_as

    werder = Kommune.objects.get(ags="12069656")
    login_as(client, MembershipFactory(kommune=werder, role=Role.ADMIN).user)
    url = reverse("network:kommune_members", args=[werder.ags])
    MembershipFactory.create_batch(2, kommune=werder, is_primary=False)
    few = _queries_for(client, url)
    MembershipFactory.create_batch(20, kommune=werder, is_primary=False)
    MembershipFactory.create_batch(
        10, kommune=werder, is_primary=False, state=MembershipState.REQUESTED
    )
    with django_assert_num_queries(few):
        client.get(url)


@pytest.mark.parametrize("typed", ["überlingen", "ÜBERLINGEN", "Überlingen", "  überlingen "])
def test_name_search_folds_umlauts_on_every_database(client, typed):
    KommuneFactory(name="Überlingen", ags="08435059")
    response = client.get(reverse("network:kommune_directory"), {"q": typed})
    assert _names(response) == ["Überlingen"]


def test_name_search_finds_eszett_typed_as_ss(client):
    KommuneFactory(name="Weißenfels", ags="15084590")
    response = client.get(reverse("network:kommune_directory"), {"q": "weissenfels"})
    assert _names(response) == ["Weißenfels"]
