"""The narrow match rows: matching, filtering, counting and ranking read `IndexMatch` only.

The old single-table index is emptied (its rows have no match rows); run
`manage.py search_index --rebuild` after migrating. On PostgreSQL the full vector is stored
out of line (toast_tuple_target, STORAGE EXTERNAL) so that a match row stays about a hundred
bytes; the GIN index on it needs no recheck for plain and prefix queries, so counting
thousands of matches never reads the vectors themselves.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

POSTGRES_FORWARD = [
    "ALTER TABLE search_indexmatch ALTER COLUMN vector SET STORAGE EXTERNAL",
    "ALTER TABLE search_indexmatch ALTER COLUMN head SET STORAGE MAIN",
    "ALTER TABLE search_indexmatch SET (toast_tuple_target = 128)",
    "CREATE INDEX search_match_vector_gin ON search_indexmatch USING gin (vector)",
    # "Is this a known word?" is a prefix lookup; the database collation is not C.
    "CREATE INDEX search_term_prefix ON search_term (folded varchar_pattern_ops)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_match_vector_gin",
    "DROP INDEX IF EXISTS search_term_prefix",
]


def _empty_index(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        if schema_editor.connection.vendor == "sqlite":
            cursor.execute("DELETE FROM search_fts")
        cursor.execute("DELETE FROM search_indexentry")
        cursor.execute("DELETE FROM search_term")


def _postgres(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_vendor_indexes"),
    ]

    operations = [
        migrations.RunPython(_empty_index, migrations.RunPython.noop),
        migrations.CreateModel(
            name="IndexMatch",
            fields=[
                (
                    "entry",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="match",
                        serialize=False,
                        to="search.indexentry",
                    ),
                ),
                ("type", models.CharField(max_length=40)),
                ("handlungsfelder_mask", models.IntegerField(default=0)),
                ("laender_mask", models.IntegerField(default=0)),
                ("phases_mask", models.IntegerField(default=0)),
                ("audience", models.CharField(max_length=500)),
                ("date", models.DateTimeField(blank=True, null=True)),
                (
                    "head",
                    django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
                ),
                (
                    "vector",
                    django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
                ),
            ],
            options={
                "verbose_name": "Suchtreffer-Merkmale",
                "verbose_name_plural": "Suchtreffer-Merkmale",
            },
        ),
        migrations.RemoveField(
            model_name="indexentry",
            name="audience",
        ),
        migrations.RemoveField(
            model_name="indexentry",
            name="date",
        ),
        migrations.RemoveField(
            model_name="indexentry",
            name="handlungsfelder_mask",
        ),
        migrations.RemoveField(
            model_name="indexentry",
            name="laender_mask",
        ),
        migrations.RemoveField(
            model_name="indexentry",
            name="phases_mask",
        ),
        migrations.RemoveField(
            model_name="indexentry",
            name="type",
        ),
        migrations.RemoveField(
            model_name="indexentry",
            name="vector",
        ),
        migrations.RunPython(_postgres(POSTGRES_FORWARD), _postgres(POSTGRES_BACKWARD)),
    ]
