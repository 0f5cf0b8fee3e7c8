"""The index follows the content: publish, edit, unpublish and delete update it on commit."""

import pytest
from django.utils.html import strip_tags
from wagtail.models import Page

from network.factories import KommuneFactory
from portal.models import HomePage, StandardPage
from search.backends import get_backend
from search.pages import PageSearchType
from search.registry import PUBLIC, register, unregister
from search.signals import connect_model, disconnect_model
from search.tasks import update_entry

pytestmark = pytest.mark.django_db


class PageType(PageSearchType):
    """A page type as the content apps declare theirs."""

    name = "testseite"
    label = "Seite"
    model = StandardPage

    def page_entry(self, page):
        return self.entry(page, teaser=strip_tags(page.introduction), audience=frozenset({PUBLIC}))


@pytest.fixture
def page_type():
    register(PageType)
    connect_model(StandardPage)
    yield
    disconnect_model(StandardPage)
    unregister(PageType.name)


def found(query: str) -> list[str]:
    return [hit.title for hit in get_backend().search(query, None).hits]


@pytest.fixture
def home(db):
    return HomePage.objects.first() or Page.get_first_root_node()


def test_page_lifecycle(page_type, home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = home.add_child(
            instance=StandardPage(title="Wärmeplanung kommunal", introduction="<p>Leitfaden</p>")
        )
    assert found("Wärmeplanung") == ["Wärmeplanung kommunal"]

    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Kommunale Wärmeplanung mit Fernwärme"
        page.save_revision().publish()
    assert found("Fernwärme") == ["Kommunale Wärmeplanung mit Fernwärme"]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert found("Fernwärme") == []

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert found("Fernwärme") == ["Kommunale Wärmeplanung mit Fernwärme"]

    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert found("Fernwärme") == []


def test_kommune_save_edit_delete(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        kommune = KommuneFactory(name="Bad Belzig", ags="12069020", description="Kurstadt")
    assert len(callbacks) == 1
    assert found("Belzig") == ["Bad Belzig"]
    with django_capture_on_commit_callbacks(execute=True):
        kommune.description = "Thermalbad und Glasfaser für alle Ortsteile"
        kommune.save()
    assert found("Glasfaser") == ["Bad Belzig"]
    with django_capture_on_commit_callbacks(execute=True):
        kommune.delete()
    assert found("Belzig") == []


def test_nothing_reaches_the_index_before_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        KommuneFactory(name="Lehnin", ags="12069397")
    assert found("Lehnin") == []


def test_task_removes_entries_of_vanished_objects():
    kommune = KommuneFactory(name="Treuenbrietzen", ags="12069616")
    update_entry.call("kommune", str(kommune.pk))
    assert found("Treuenbrietzen") == ["Treuenbrietzen"]
    pk = kommune.pk
    # Gone without the model's delete() and its signal (e.g. a raw SQL clean-up).
    type(kommune).objects.filter(pk=pk)._raw_delete(kommune._state.db)
    assert update_entry.call("kommune", str(pk)) == "removed"
    assert found("Treuenbrietzen") == []


def test_search_index_command_rebuilds(capsys):
    from django.core.management import call_command

    KommuneFactory(name="Kloster Lehnin", ags="12069397")
    get_backend().clear()
    assert found("Kloster") == []
    call_command("search_index", "--rebuild")
    assert found("Kloster") == ["Kloster Lehnin"]
    assert "entries indexed" in capsys.readouterr().out
