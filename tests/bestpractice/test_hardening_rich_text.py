"""Submitted sections are stored in the form Wagtail's rich text editor reads back, so that
the Redaktion can open every submitted case study in the CMS."""

import pytest
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from bestpractice import submission
from bestpractice.models import CaseStudyPage
from bestpractice.models.pages import SECTION_FEATURES
from tests.bestpractice.test_submission import CREATE_URL, form_data
from tests.helpers import login_as

LONG_TEXT = " ".join(["Die Bürgerinnen und Bürger in Großröhrsdorf müssen nicht ins Amt."] * 250)

TYPED = {
    "ist_situation": "Erste Zeile\nzweite Zeile mit Umlauten: äöüÄÖÜß\n\nNeuer Absatz",
    "soll_prozess": (
        "Wir wollen:\n- Anträge online\n- Bescheide digital\n\nDanach:\n1. prüfen\n2. senden"
    ),
    "nutzen": LONG_TEXT,
    "daten_technik_akteure": "• Fachverfahren\n• Servicekonto\r\n• Bezahldienst",
    "leistungen_partner": "Tabulator\tund <Klammern> & „Anführungszeichen“",
    "kosten_nutzen": "12.000 €\n\n\n\n1. Januar 2024 war der Start.",
    "lessons_learned": "  \n  Einrückung\n    zählt nicht  \n",
}


def editor_reads(html: str) -> str:
    """What Wagtail's editor makes of stored rich text; raises where the CMS answers 500."""
    return ContentstateConverter(SECTION_FEATURES).from_database_format(html)


def test_the_redaktion_opens_a_submitted_case_study_in_the_cms(client, people, kommune, index):
    login_as(client, people.digitallotse)
    response = client.post(CREATE_URL, form_data(kommune, aktion="einreichen", **TYPED))
    assert response.status_code == 302, response.context["form"].errors
    page = CaseStudyPage.objects.get()
    login_as(client, people.redaktion)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    body = edit.content.decode()
    assert "Großröhrsdorf" in body or "Gro\\u00dfr\\u00f6hrsdorf" in body


@pytest.mark.parametrize("name", TYPED)
def test_every_stored_section_is_readable_by_the_editor(name):
    stored = submission.text_to_rich_text(TYPED[name])
    editor_reads(stored)
    assert "<br>" not in stored


def test_line_breaks_are_stored_as_wagtail_writes_them():
    assert submission.text_to_rich_text("eins\nzwei") == "<p>eins<br/>zwei</p>"


def test_typed_lists_become_lists():
    stored = submission.text_to_rich_text(TYPED["soll_prozess"])
    assert stored == (
        "<p>Wir wollen:</p><ul><li>Anträge online</li><li>Bescheide digital</li></ul>"
        "<p>Danach:</p><ol><li>prüfen</li><li>senden</li></ol>"
    )


def test_a_date_at_the_start_of_a_line_is_no_list():
    stored = submission.text_to_rich_text(TYPED["kosten_nutzen"])
    assert stored == "<p>12.000 €</p><p>1. Januar 2024 war der Start.</p>"


@pytest.mark.parametrize("name", TYPED)
def test_a_draft_comes_back_to_the_textarea_as_typed(name):
    typed = TYPED[name]
    again = submission.rich_text_to_text(submission.text_to_rich_text(typed))
    assert submission.text_to_rich_text(again) == submission.text_to_rich_text(typed)


def test_the_migration_makes_stored_sections_readable_by_the_editor(client, people, kommune, index):
    from importlib import import_module

    from django.apps import apps

    from bestpractice.factories import create_case_study

    migration = import_module("bestpractice.migrations.0003_editor_readable_sections")
    old_form = "<p>Erste Zeile<br>zweite Zeile</p><p>Straße &lt;br&gt; bleibt Text</p>"
    page = create_case_study(index, kommunen=[kommune], live=False, ist_situation=old_form)
    page.nutzen = old_form
    page.save_revision(user=people.digitallotse)

    migration.make_sections_editor_readable(apps, None)

    readable = "<p>Erste Zeile<br/>zweite Zeile</p><p>Straße &lt;br&gt; bleibt Text</p>"
    page.refresh_from_db()
    assert page.ist_situation == readable
    draft = page.get_latest_revision_as_object()
    assert (draft.ist_situation, draft.nutzen) == (readable, readable)
    login_as(client, people.redaktion)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


# --- the rule for every rich text the portal writes itself --------------------------------


def _rich_texts(block, value):
    """(source, features) of every rich text in a StreamField value, however deeply nested."""
    from wagtail import blocks

    if isinstance(block, blocks.RichTextBlock):
        yield value.source, block.features
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _rich_texts(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _rich_texts(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _rich_texts(child.block, child.value)


def _unreadable(page) -> list[str]:
    from wagtail.fields import RichTextField, StreamField

    problems = []
    for field in page._meta.get_fields():
        if isinstance(field, RichTextField):
            texts = [(getattr(page, field.name), field.features)]
        elif isinstance(field, StreamField):
            texts = list(_rich_texts(field.stream_block, getattr(page, field.name)))
        else:
            continue
        for source, features in texts:
            try:
                ContentstateConverter(features).from_database_format(source or "")
            except AssertionError as error:
                problems.append(f"{page.title} ({type(page).__name__}.{field.name}): {error}")
    return problems


def _submit_as_demo_lotse() -> None:
    from django.contrib.auth import get_user_model

    from network.models import Handlungsfeld, Membership

    lotse = get_user_model().objects.get(email="lotse@demo.example")
    kommune = Membership.objects.confirmed().get(user=lotse, is_primary=True).kommune
    data = {
        **form_data(kommune),
        **TYPED,
        "kommunen": [kommune],
        "handlungsfelder": Handlungsfeld.objects.filter(slug="ki"),
        "phase": 3,
    }
    submission.save_submission(lotse, data, submit=True)


def test_every_rich_text_of_the_demo_network_opens_in_the_editor(db, settings):
    """Demo content and submissions are the rich text the portal writes without the editor;
    the editor must read all of it back, in the pages and in their latest revisions."""
    from io import StringIO

    from django.core.management import call_command
    from wagtail.models import Page

    settings.DEMO_USERS_ALLOWED = True
    call_command("seed_demo", stdout=StringIO())
    _submit_as_demo_lotse()
    problems = []
    for page in Page.objects.specific().iterator():
        problems += _unreadable(page)
        if page.latest_revision_id:
            problems += _unreadable(page.get_latest_revision_as_object())
    assert problems == []
