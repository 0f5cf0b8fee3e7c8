"""A private collection for the images and documents of submitted case studies.

Until now they went to the root collection, so a draft's documents could be downloaded by
anyone under /dokumente/<id>/<name> before the Redaktion had even read them. This creates the
collection that bestpractice/uploads.py puts them in (only the Redaktion may download its
documents) and moves there the files that the submitters of never-published case studies
uploaded with them. Files of live pages, and files somebody else uploaded, stay public.

The collection is added as the root's last child: historical models cannot use treebeard.
"""

from django.db import migrations

COLLECTION_NAME = "Einreichungen (unveröffentlicht)"
REDAKTION = "Redaktion"
# treebeard's materialised path of Wagtail's collections: four base-36 digits per level.
STEP_LENGTH = 4
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _base36(number: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = DIGITS[rest] + digits
    return digits.rjust(STEP_LENGTH, "0")


def _private_collection(apps):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Group = apps.get_model("auth", "Group")

    existing = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
    if existing is not None:
        return existing
    root = Collection.objects.get(depth=1)
    last = (
        Collection.objects.filter(depth=2, path__startswith=root.path)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    number = int(last[-STEP_LENGTH:], 36) + 1 if last else 1
    collection = Collection.objects.create(
        name=COLLECTION_NAME, path=root.path + _base36(number), depth=2, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="groups"
    )
    restriction.groups.set(Group.objects.filter(name=REDAKTION))
    return collection


def _submitted_files(apps) -> tuple[set[int], set[int]]:
    """Ids of the images and documents that the owners of never-published case studies
    attached, in the page or in any of its revisions."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    CaseStudyPage = apps.get_model("bestpractice", "CaseStudyPage")
    CaseStudyImage = apps.get_model("bestpractice", "CaseStudyImage")
    CaseStudyDocument = apps.get_model("bestpractice", "CaseStudyDocument")
    Image = apps.get_model("wagtailimages", "Image")
    Document = apps.get_model("wagtaildocs", "Document")

    page_type = ContentType.objects.filter(app_label="bestpractice", model="casestudypage").first()
    images, documents = set(), set()
    for page in CaseStudyPage.objects.filter(first_published_at__isnull=True, owner__isnull=False):
        image_ids = set(CaseStudyImage.objects.filter(page=page).values_list("image", flat=True))
        document_ids = set(
            CaseStudyDocument.objects.filter(page=page).values_list("document", flat=True)
        )
        revisions = Revision.objects.filter(content_type=page_type, object_id=str(page.pk))
        for content in revisions.values_list("content", flat=True):
            image_ids |= {item.get("image") for item in content.get("images", [])}
            document_ids |= {item.get("document") for item in content.get("documents", [])}
        images |= set(
            Image.objects.filter(
                pk__in=image_ids - {None}, uploaded_by_user=page.owner_id
            ).values_list("pk", flat=True)
        )
        documents |= set(
            Document.objects.filter(
                pk__in=document_ids - {None}, uploaded_by_user=page.owner_id
            ).values_list("pk", flat=True)
        )
    return images, documents


def make_submission_attachments_private(apps, schema_editor):
    Image = apps.get_model("wagtailimages", "Image")
    Document = apps.get_model("wagtaildocs", "Document")
    CaseStudyImage = apps.get_model("bestpractice", "CaseStudyImage")
    CaseStudyDocument = apps.get_model("bestpractice", "CaseStudyDocument")

    private = _private_collection(apps)
    images, documents = _submitted_files(apps)
    # What a live page shows stays public.
    images -= set(CaseStudyImage.objects.filter(page__live=True).values_list("image", flat=True))
    documents -= set(
        CaseStudyDocument.objects.filter(page__live=True).values_list("document", flat=True)
    )
    Image.objects.filter(pk__in=images, collection__depth=1).update(collection=private)
    Document.objects.filter(pk__in=documents, collection__depth=1).update(collection=private)


class Migration(migrations.Migration):
    dependencies = [
        ("bestpractice", "0003_editor_readable_sections"),
        ("portal", "0002_roles_and_home_page"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    # Going back leaves the collection and its restriction: files in it stay private, which
    # is the safe side; the Redaktion can move them in the CMS.
    operations = [
        migrations.RunPython(make_submission_attachments_private, migrations.RunPython.noop)
    ]
