"""Files that Kommunen upload with a case study: what is accepted, and where it waits until
the Redaktion publishes the case study.

Every upload field of the portal is an `UploadField` with an `UploadKind`, so that size,
real type and, for images, the pixel count are checked in one place (a test walks every form
to keep it so). Images are measured from their header, never decoded: a 17 KB PNG can hold
144 megapixels, which would cost gigabytes once Wagtail makes renditions of it.
"""

from __future__ import annotations

import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path

import filetype
from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import receiver
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction
from wagtail.signals import page_published

from core.permissions import REDAKTION

from .models import CaseStudyPage

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Submissions' files wait here until publication; the data migration
# 0004_private_submission_attachments creates it, with the same name.
SUBMISSIONS_COLLECTION = "Einreichungen (unveröffentlicht)"


@dataclass(frozen=True)
class UploadKind:
    # What the content must turn out to be (by its first bytes) for each accepted ending.
    types: dict[str, str]
    image: bool = False


IMAGE = UploadKind(
    {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp"},
    image=True,
)
DOCUMENT = UploadKind({"pdf": "application/pdf"})


def _check_size(upload) -> None:
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("Die Datei ist %(size)s groß; erlaubt sind höchstens %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(MAX_UPLOAD_BYTES)}
        )


def _check_type(upload, kind: UploadKind) -> None:
    """The ending must be accepted and the content must be what the ending says: a renamed
    executable or a PDF called .png are turned away."""
    ending = Path(upload.name).suffix.lower().lstrip(".")
    if ending not in kind.types:
        raise ValidationError(
            _("Dateien dieser Art nehmen wir nicht an. Erlaubt sind: %(types)s.")
            % {"types": ", ".join(sorted({f".{name}" for name in kind.types}))}
        )
    upload.seek(0)
    found = filetype.guess(upload.read(8192))
    upload.seek(0)
    if found is None or found.mime != kind.types[ending]:
        raise ValidationError(
            _(
                "Der Inhalt der Datei passt nicht zu ihrem Namen „%(name)s“. Bitte laden Sie "
                "eine echte %(ending)s-Datei hoch."
            )
            % {"name": Path(upload.name).name, "ending": ending.upper()}
        )


def _unreadable_image() -> ValidationError:
    return ValidationError(
        _(
            "Die Datei lässt sich nicht als Bild lesen. Bitte laden Sie ein JPG-, PNG- oder "
            "WebP-Bild hoch."
        )
    )


def _too_many_pixels(limit: int, size: tuple[int, int] | None = None) -> ValidationError:
    if size is None:  # so big that the image library refused to open it at all
        return ValidationError(
            _("Das Bild hat zu viele Pixel; erlaubt sind höchstens %(max)s Megapixel.")
            % {"max": limit // 1_000_000}
        )
    return ValidationError(
        _(
            "Das Bild ist %(width)s × %(height)s Pixel groß; erlaubt sind höchstens "
            "%(max)s Megapixel. Bitte verkleinern Sie es."
        )
        % {"width": size[0], "height": size[1], "max": limit // 1_000_000}
    )


def _check_pixels(upload) -> None:
    """Wagtail's pixel limit (WAGTAILIMAGES_MAX_IMAGE_PIXELS, which its CMS upload applies too),
    counted as Wagtail does, every frame of an animation included. Image.open reads only the
    header; verify() then walks the file's structure without decoding the pixels."""
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns of big images itself; the limit here is the one that counts.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                width, height = image.size
                if width * height * getattr(image, "n_frames", 1) > limit:
                    raise _too_many_pixels(limit, (width, height))
                image.verify()
    except Image.DecompressionBombError:
        raise _too_many_pixels(limit) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise _unreadable_image() from None
    finally:
        upload.seek(0)


def check_upload(upload, kind: UploadKind) -> None:
    """Cheapest first: size, then the first bytes, then an image's header."""
    _check_size(upload)
    _check_type(upload, kind)
    if kind.image:
        _check_pixels(upload)


class UploadField(forms.FileField):
    """The portal's file field: a FileField, not an ImageField, so that the checks above run
    before any image library sees more of the file than its header."""

    def __init__(self, kind: UploadKind, **kwargs):
        self.kind = kind
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if value:
            check_upload(value, self.kind)


def unguessable_name(original: str) -> str:
    """Wagtail serves image files straight from the media storage, whatever the collection's
    privacy; until publication only a name nobody can guess keeps them unseen."""
    return f"{secrets.token_urlsafe(24)}{Path(original).suffix.lower()}"


# --- the private collection -----------------------------------------------------------------


@transaction.atomic
def submissions_collection() -> Collection:
    """Where submissions' images and documents wait: only the Redaktion (and superusers) may
    download its documents. Made again if it was deleted in the CMS."""
    collection = Collection.objects.filter(name=SUBMISSIONS_COLLECTION, depth=2).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=SUBMISSIONS_COLLECTION)
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name=REDAKTION))
    return collection


def publish_attachments(page) -> None:
    """Once the case study is public, so are its images and documents."""
    private = submissions_collection()
    root = Collection.get_first_root_node()
    get_image_model().objects.filter(
        pk__in=[item.image_id for item in page.images.all()], collection=private
    ).update(collection=root)
    get_document_model().objects.filter(
        pk__in=[item.document_id for item in page.documents.all()], collection=private
    ).update(collection=root)


@receiver(page_published, sender=CaseStudyPage)
def attachments_go_public_with_the_page(sender, instance, alias=False, **kwargs):
    if not alias:
        publish_attachments(instance)
