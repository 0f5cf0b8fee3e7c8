"""The two staff roles as groups with their Wagtail permissions, and the portal's home page
in place of Wagtail's placeholder, so that every fresh installation starts the same way."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REDAKTION = "Redaktion"
NETZWERKKOORDINATION = "Netzwerkkoordination"

PAGE_PERMISSIONS = {
    REDAKTION: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    NETZWERKKOORDINATION: ["add_page", "change_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    REDAKTION: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    NETZWERKKOORDINATION: [
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "choose_document"),
    ],
}
MODEL_PERMISSIONS = {
    REDAKTION: [("wagtailadmin", "access_admin"), ("network", "view_kommune")],
    NETZWERKKOORDINATION: [
        ("wagtailadmin", "access_admin"),
        ("network", "add_kommune"),
        ("network", "change_kommune"),
        ("network", "delete_kommune"),
        ("network", "view_kommune"),
        ("network", "add_membership"),
        ("network", "change_membership"),
        ("network", "delete_membership"),
        ("network", "view_membership"),
    ],
}


def _ensure_permissions_exist(apps):
    # Permissions are normally created after all migrations ran; here they are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    _ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    # Wagtail's generic "Editors" and "Moderators" would stand beside the portal's roles and
    # confuse whoever hands out rights; the two roles below replace them.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name in (REDAKTION, NETZWERKKOORDINATION):
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in MODEL_PERMISSIONS[name]:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        for app_label, codename in COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[REDAKTION, NETZWERKKOORDINATION]
    ).delete()


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("portal", "HomePage")

    # Wagtail's own migration leaves a placeholder welcome page at /; the portal replaces it.
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    if HomePage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="portal")
    home = HomePage.objects.create(
        title="Netzwerk Digitale Kommune",
        draft_title="Netzwerk Digitale Kommune",
        slug="start",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/start/",
        intro=(
            "Das Netzwerk- und Lernportal für Kommunen auf dem Weg zur digitalen Verwaltung: "
            "Praxisbeispiele, Kurse, Digitallotsen und Partner für gemeinsame Vorhaben."
        ),
        locale_id=Page.objects.get(depth=1).locale_id,
        live=True,
        has_unpublished_changes=False,
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "root_page": home,
            "site_name": "Netzwerk Digitale Kommune",
        },
    )
    root = Page.objects.get(depth=1)
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("network", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(create_roles, remove_roles),
        migrations.RunPython(create_home_page, migrations.RunPython.noop),
    ]
