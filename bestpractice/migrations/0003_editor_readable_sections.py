"""Sections submitted through the portal's form were stored with HTML5 line breaks (<br>),
which Wagtail's rich text editor cannot read: the CMS answered 500 on opening such a page.
This rewrites them as Wagtail's database format writes them (<br/>), in the pages and in all
of their revisions, because the editor opens the latest revision and the history's compare
and revert views open older ones.

The rewrite is kept here rather than imported, so that the migration does the same thing
whatever the application code becomes later.
"""

import re

from django.db import migrations

SECTIONS = (
    "ist_situation",
    "soll_prozess",
    "nutzen",
    "daten_technik_akteure",
    "leistungen_partner",
    "kosten_nutzen",
    "lessons_learned",
)
# In stored rich text every "<" of the text is escaped, so this matches only the tag.
HTML5_LINE_BREAK = re.compile(r"<br\s*>")


def _readable(value):
    return HTML5_LINE_BREAK.sub("<br/>", value) if isinstance(value, str) else value


def _rewrite(values: dict) -> bool:
    """Rewrites the sections among `values` in place; whether anything changed."""
    changed = False
    for name in SECTIONS:
        if name in values and _readable(values[name]) != values[name]:
            values[name] = _readable(values[name])
            changed = True
    return changed


def make_sections_editor_readable(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    CaseStudyPage = apps.get_model("bestpractice", "CaseStudyPage")

    for page in CaseStudyPage.objects.only("pk", *SECTIONS).iterator():
        values = {name: getattr(page, name) for name in SECTIONS}
        if _rewrite(values):
            CaseStudyPage.objects.filter(pk=page.pk).update(**values)

    page_type = ContentType.objects.filter(app_label="bestpractice", model="casestudypage").first()
    if page_type is None:  # a new database: no page and no revision yet
        return
    for revision in Revision.objects.filter(content_type=page_type).iterator():
        if _rewrite(revision.content):
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("bestpractice", "0002_review_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    # The old code reads the new form too, so going back changes nothing.
    operations = [
        migrations.RunPython(
            make_sections_editor_readable, migrations.RunPython.noop, elidable=True
        )
    ]
