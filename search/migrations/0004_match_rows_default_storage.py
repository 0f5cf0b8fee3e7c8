"""Default storage for the match rows again.

0003 asked PostgreSQL to store the matching vector out of line (toast_tuple_target = 128,
STORAGE EXTERNAL). That never happens: the toaster only runs for rows above about 2 kB, and
a match row is under 1 kB. The vector is stripped of positions and weights instead (see
`search.backends.database._Postgres.STORE`); the settings are reset so that the schema does
not promise what it does not do.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "ALTER TABLE search_indexmatch RESET (toast_tuple_target)",
    "ALTER TABLE search_indexmatch ALTER COLUMN vector SET STORAGE EXTENDED",
    "ALTER TABLE search_indexmatch ALTER COLUMN head SET STORAGE EXTENDED",
]
POSTGRES_BACKWARD = [
    "ALTER TABLE search_indexmatch SET (toast_tuple_target = 128)",
    "ALTER TABLE search_indexmatch ALTER COLUMN vector SET STORAGE EXTERNAL",
    "ALTER TABLE search_indexmatch ALTER COLUMN head SET STORAGE MAIN",
]


def _postgres(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_narrow_match_rows")]

    operations = [
        migrations.RunPython(_postgres(POSTGRES_FORWARD), _postgres(POSTGRES_BACKWARD)),
    ]
