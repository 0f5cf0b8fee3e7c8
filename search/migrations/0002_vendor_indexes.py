"""Full-text structures that only one database vendor has.

PostgreSQL: pg_trgm (typo tolerance), a GIN index on the weighted vector and trigram indexes
for the vocabulary and for autocomplete. SQLite: the FTS5 table with the stemmed words.
Each vendor skips the other's statements, so the migrations run on both.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

POSTGRES_FORWARD = [
    "CREATE INDEX search_entry_vector_gin ON search_indexentry USING gin (vector)",
    "CREATE INDEX search_entry_title_trgm ON search_indexentry USING gin (title_folded gin_trgm_ops)",
    "CREATE INDEX search_entry_tags_trgm ON search_indexentry USING gin (tags_folded gin_trgm_ops)",
    "CREATE INDEX search_term_trgm ON search_term USING gin (folded gin_trgm_ops)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "DROP INDEX IF EXISTS search_entry_title_trgm",
    "DROP INDEX IF EXISTS search_entry_tags_trgm",
    "DROP INDEX IF EXISTS search_term_trgm",
]
# Holds the words stemmed in Python (rowid = search_indexentry.id); the displayed text lives
# in search_indexentry. Not contentless: deleting from those needs SQLite 3.43.
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, teaser, body, "
    "tokenize='unicode61 remove_diacritics 2')",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_fts"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]
