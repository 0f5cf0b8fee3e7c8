from django.db import migrations, models


def fold_existing_names(apps, schema_editor):
    # Same rule as network.models.fold_name, frozen here as migrations must not import models.
    Kommune = apps.get_model("network", "Kommune")
    batch = []
    for kommune in Kommune.objects.only("pk", "name").iterator(chunk_size=2000):
        kommune.name_folded = " ".join(kommune.name.casefold().split())
        batch.append(kommune)
        if len(batch) == 2000:
            Kommune.objects.bulk_update(batch, ["name_folded"])
            batch = []
    Kommune.objects.bulk_update(batch, ["name_folded"])


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0004_memberships_change_through_the_portal"),
    ]

    operations = [
        migrations.AddField(
            model_name="kommune",
            name="name_folded",
            field=models.CharField(default="", editable=False, max_length=150),
        ),
        migrations.RunPython(fold_existing_names, migrations.RunPython.noop),
    ]
