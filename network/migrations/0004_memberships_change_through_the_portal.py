"""Memberships change only through the portal's member management, which applies the rules
(last admin, primary membership, mails, who decided). In /cms/ coordination lists, inspects
and exports them; editing them there would bypass those rules."""

from django.db import migrations

CODENAMES = ["add_membership", "change_membership", "delete_membership"]


def withdraw(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="network", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name="Netzwerkkoordination"):
        group.permissions.remove(*permissions)


def restore(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="network", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name="Netzwerkkoordination"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0003_membership_without_default_ordering"),
        ("portal", "0002_roles_and_home_page"),
    ]

    operations = [migrations.RunPython(withdraw, restore)]
