"""Certificates: proof a person can show their employer, verifiable by anyone with the code.

What was certified is copied onto the certificate when it is issued (the holder's name, the
course's title, level and duration, the score), so a certificate says the same thing years
later, after the person changed their name in the profile or Redaktion renamed the course.
"""

import re
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import person

__all__ = [
    "CODE_ALPHABET",
    "Certificate",
    "CertificateKind",
    "new_verification_code",
    "normalise_code",
]

# Letters and digits that cannot be mistaken for one another when read off paper and typed
# in: no 0/O and no 1/I. 32 symbols, so 12 of them carry 60 random bits: unguessable.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
CODE_GROUP = 4
_NOT_CODE_CHARACTERS = re.compile(r"[\s\-–—_.]+")


def _grouped(raw: str) -> str:
    return "-".join(raw[i : i + CODE_GROUP] for i in range(0, len(raw), CODE_GROUP))


def new_verification_code() -> str:
    """A fresh code like ``ABCD-EFGH-JKLM``."""
    return _grouped("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)))


def normalise_code(typed: str) -> str | None:
    """The code as stored, from what a person typed (any case, with or without dashes or
    spaces); None if it cannot be a certificate code at all."""
    raw = _NOT_CODE_CHARACTERS.sub("", typed or "").upper()
    if len(raw) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in raw):
        return None
    return _grouped(raw)


class CertificateKind(models.TextChoices):
    TEILNAHME = "teilnahme", _("Teilnahmebestätigung")
    LEISTUNG = "leistung", _("Leistungsnachweis")


class Certificate(models.Model):
    """One certificate of one kind per person and course.

    It is deleted with the person's account (DSGVO Art. 17): it carries their name, and
    nobody but the person needs it to exist. A code of a deleted account then verifies as
    unknown, which is the truth. A deleted course leaves its certificates alone (the title
    was copied), because the person still earned them.
    """

    code = models.CharField(
        _("Prüfcode"),
        max_length=CODE_LENGTH + CODE_LENGTH // CODE_GROUP - 1,
        unique=True,
        default=new_verification_code,
        editable=False,
    )
    kind = models.CharField(_("Art"), max_length=12, choices=CertificateKind.choices)
    user = person("certificates")
    holder_name = models.CharField(_("Name der Inhaberin oder des Inhabers"), max_length=300)
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("Kurs"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course_title = models.CharField(_("Kurstitel"), max_length=255)
    course_level = models.CharField(_("Niveau"), max_length=100, blank=True)
    course_duration = models.CharField(_("Dauer"), max_length=100, blank=True)
    issued_at = models.DateTimeField(_("ausgestellt am"), default=timezone.now)
    score = models.PositiveSmallIntegerField(
        _("Ergebnis in Prozent"),
        null=True,
        blank=True,
        help_text=_("Nur beim Leistungsnachweis."),
    )

    class Meta:
        verbose_name = _("Bescheinigung")
        verbose_name_plural = _("Bescheinigungen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "kind"], name="one_certificate_per_kind_and_course"
            ),
            # A score on a Teilnahmebestätigung would claim a performance it never tested.
            models.CheckConstraint(
                condition=Q(kind=CertificateKind.LEISTUNG, score__isnull=False)
                | Q(kind=CertificateKind.TEILNAHME, score__isnull=True),
                name="score_only_on_leistungsnachweis",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.code}: {self.course_title}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("certificates:verify", args=[self.code])

    @property
    def verification_url(self) -> str:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.get_absolute_url()
