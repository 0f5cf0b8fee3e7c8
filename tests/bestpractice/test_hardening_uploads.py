"""Uploads: every upload field checks size, real type and pixels through one validator; the
CMS applies the same pixel limit; request bodies are capped before they are read, alike in
Django and in the proxy; attachments of submissions stay private until publication."""

import io
import re
from functools import cache
from importlib import import_module
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import MemoryFileUploadHandler, TemporaryFileUploadHandler
from django.urls import reverse
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from bestpractice import uploads
from bestpractice.models import CaseStudyPage
from tests.bestpractice.test_submission import CREATE_URL, PDF_BYTES, form_data, png_bytes
from tests.helpers import login_as


@cache
def png_of(width: int, height: int) -> bytes:
    """A black-and-white PNG: 12,000 × 12,000 pixels take about 17 KB, 144 megapixels once
    decoded."""
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def huge_png() -> bytes:
    return png_of(12_000, 12_000)


def _post(client, **files):
    data = {**form_data(files.pop("kommune")), "image_alt": "Ein Foto", **files}
    return client.post(CREATE_URL, data)


# --- pixels and content ----------------------------------------------------------------------


def test_a_huge_png_is_refused_without_being_decoded(client, people, kommune, index, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", never)
    login_as(client, people.digitallotse)
    response = _post(client, kommune=kommune, image=SimpleUploadedFile("plan.png", huge_png()))
    assert response.status_code == 400
    [error] = response.context["form"].errors["image"]
    assert "12000 × 12000" in error and "40" in error
    assert not get_image_model().objects.exists()
    assert not CaseStudyPage.objects.exists()


def test_the_pixel_limit_is_wagtails_setting(client, people, kommune, index, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 11  # the 4 × 3 test picture has 12
    login_as(client, people.digitallotse)
    response = _post(client, kommune=kommune, image=SimpleUploadedFile("foto.png", png_bytes()))
    assert response.status_code == 400
    assert response.context["form"].errors["image"]


def test_a_png_that_does_not_decode_is_refused(client, people, kommune, index):
    broken = png_bytes()[:40] + b"\x00kaputt" * 20
    login_as(client, people.digitallotse)
    response = _post(client, kommune=kommune, image=SimpleUploadedFile("foto.png", broken))
    assert response.status_code == 400
    assert "lässt sich nicht als Bild lesen" in response.context["form"].errors["image"][0]


def test_the_cms_refuses_an_image_over_the_limit_too(client, people):
    # 64 megapixels: above the portal's limit, below Wagtail's default of 128.
    login_as(client, people.redaktion)
    upload = SimpleUploadedFile("plan.png", png_of(8_000, 8_000), content_type="image/png")
    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload})
    assert response.json()["success"] is False
    assert not get_image_model().objects.exists()


def _upload_fields():
    """Every file field of every form class the portal's own apps define."""
    for config in apps.get_app_configs():
        if not Path(config.path).is_relative_to(settings.BASE_DIR / config.name.split(".")[0]):
            continue
        try:
            module = import_module(f"{config.name}.forms")
        except ModuleNotFoundError:
            continue
        for form in vars(module).values():
            if isinstance(form, type) and issubclass(form, forms.BaseForm):
                for name, field in form.base_fields.items():
                    if isinstance(field, forms.FileField):
                        yield f"{module.__name__}.{form.__name__}.{name}", field


def test_every_upload_field_checks_through_the_one_validator():
    found = dict(_upload_fields())
    assert "bestpractice.forms.SubmissionForm.image" in found
    assert {
        name for name, field in found.items() if not isinstance(field, uploads.UploadField)
    } == set()


# --- request bodies ------------------------------------------------------------------------


def test_a_body_over_the_cap_is_refused_before_it_is_read(
    client, people, kommune, index, settings, monkeypatch
):
    def never(*args, **kwargs):
        raise AssertionError("the body was read")

    for handler in (MemoryFileUploadHandler, TemporaryFileUploadHandler):
        monkeypatch.setattr(handler, "receive_data_chunk", never)
    settings.MAX_REQUEST_BODY_SIZE = 64 * 1024
    login_as(client, people.digitallotse)
    big = SimpleUploadedFile("plan.pdf", PDF_BYTES + b"0" * (100 * 1024))
    response = client.post(CREATE_URL, {**form_data(kommune), "document": big})
    assert response.status_code == 400
    assert not CaseStudyPage.objects.exists()


def test_the_biggest_submission_the_form_accepts_fits_under_the_cap():
    from bestpractice.forms import SubmissionForm

    form = SubmissionForm()
    text = sum(
        field.max_length * 4  # UTF-8 takes up to four bytes a character
        for field in form.fields.values()
        if isinstance(field, forms.CharField) and field.max_length
    )
    files = uploads.MAX_UPLOAD_BYTES * len(list(_upload_fields()))
    assert files + text + 64 * 1024 <= settings.MAX_REQUEST_BODY_SIZE


def test_django_and_the_proxy_cap_request_bodies_alike():
    proxy = (settings.BASE_DIR / "deploy" / "nginx" / "portal.conf").read_text()
    [megabytes] = re.findall(r"^\s*client_max_body_size\s+(\d+)m;", proxy, re.MULTILINE)
    assert int(megabytes) * 1024 * 1024 == settings.MAX_REQUEST_BODY_SIZE
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= settings.MAX_REQUEST_BODY_SIZE


# --- private until published ---------------------------------------------------------------


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Wagtail serves documents from a file path, which the in-memory test storage lacks."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


def _submit_with_attachments(client, people, kommune, action="entwurf"):
    login_as(client, people.digitallotse)
    data = {
        **form_data(kommune, aktion=action),
        "image": SimpleUploadedFile("rathaus-foto.png", png_bytes()),
        "image_alt": "Das Rathaus",
        "document": SimpleUploadedFile("steckbrief.pdf", PDF_BYTES),
        "document_title": "Projektsteckbrief",
    }
    response = client.post(CREATE_URL, data)
    assert response.status_code == 302, response.context["form"].errors
    return get_image_model().objects.get(), get_document_model().objects.get()


def test_attachments_of_a_submission_wait_in_the_private_collection(client, people, kommune, index):
    image, document = _submit_with_attachments(client, people, kommune)
    private = uploads.submissions_collection()
    assert (image.collection, document.collection) == (private, private)
    [restriction] = private.get_view_restrictions()
    assert [group.name for group in restriction.groups.all()] == ["Redaktion"]


@pytest.mark.parametrize("role", ["besucher", "digitallotse", "mitglied", "netzwerkkoordination"])
def test_only_the_redaktion_downloads_a_draft_document(
    client, people, kommune, index, role, media_on_disk
):
    _image, document = _submit_with_attachments(client, people, kommune)
    login_as(client, getattr(people, role))
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]
    login_as(client, people.redaktion)
    assert client.get(document.url).status_code == 200


def test_an_image_file_of_a_submission_has_a_name_nobody_can_guess(client, people, kommune, index):
    # Wagtail serves image files straight from the media storage, past any collection
    # privacy: before publication only an unguessable name keeps them unseen.
    image, _document = _submit_with_attachments(client, people, kommune)
    name = Path(image.file.name).name
    assert "rathaus" not in name and name.endswith(".png")
    assert len(Path(name).stem) >= 20
    assert image.title == "Das Rathaus"


def test_publication_moves_the_attachments_to_the_public_collection(
    client, people, kommune, index, django_capture_on_commit_callbacks, media_on_disk
):
    image, document = _submit_with_attachments(client, people, kommune, action="einreichen")
    page = CaseStudyPage.objects.get()
    task_state = page.current_workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, people.redaktion, "approve")
    image.refresh_from_db()
    document.refresh_from_db()
    root = Collection.get_first_root_node()
    assert (image.collection, document.collection) == (root, root)
    client.logout()
    assert client.get(document.url).status_code == 200


def test_a_deleted_private_collection_is_made_again(db):
    uploads.submissions_collection().delete()
    again = uploads.submissions_collection()
    assert [r.restriction_type for r in again.get_view_restrictions()] == ["groups"]


def test_the_migration_moves_attachments_of_unpublished_submissions(client, people, kommune, index):
    from bestpractice.factories import create_case_study
    from bestpractice.models import CaseStudyImage

    migration = import_module("bestpractice.migrations.0004_private_submission_attachments")
    root = Collection.get_first_root_node()
    image, document = _submit_with_attachments(client, people, kommune)
    get_image_model().objects.update(collection=root)
    get_document_model().objects.update(collection=root)
    public_image = get_image_model().objects.create(
        title="Öffentlich",
        file=SimpleUploadedFile("oeffentlich.png", png_bytes()),
        width=4,
        height=3,
        uploaded_by_user=people.digitallotse,
    )
    live = create_case_study(index, kommunen=[kommune], owner=people.digitallotse)
    CaseStudyImage.objects.create(page=live, image=public_image, alt_text="Öffentlich")

    migration.make_submission_attachments_private(apps, None)

    private = uploads.submissions_collection()
    image.refresh_from_db()
    document.refresh_from_db()
    public_image.refresh_from_db()
    assert (image.collection, document.collection) == (private, private)
    assert public_image.collection == root
