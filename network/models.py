import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import TaxonomyRow, optional_link, person
from core.taxonomy import LAENDER, LAND_CHOICES, Phase, SizeClass, Topic, size_class_for

from .ags import kreis_ags, normalise_ags, validate_ags


class KommuneType(models.TextChoices):
    GEMEINDE = "gemeinde", _("Gemeinde")
    STADT = "stadt", _("Stadt")
    KREISFREIE_STADT = "kreisfreie_stadt", _("Kreisfreie Stadt")
    LANDKREIS = "landkreis", _("Landkreis")
    VERBAND = "verband", _("Amt / Verbandsgemeinde / Samtgemeinde")


def fold_name(text: str) -> str:
    return " ".join(text.casefold().split())


def _coordinate(verbose_name, lowest, highest) -> models.DecimalField:
    """Degrees to five decimals (about a metre), optional, within Germany's bounds."""
    return models.DecimalField(
        verbose_name,
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(lowest), MaxValueValidator(highest)],
    )


class Handlungsfeld(TaxonomyRow):
    """A Handlungsfeld (`Topic`) that case studies, courses and other content name."""

    taxonomy = Topic
    slug = models.CharField(_("Kennung"), max_length=30, primary_key=True, choices=Topic.choices)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")
        ordering = ["position"]


class Kommune(models.Model):
    name = models.CharField(_("Name"), max_length=150)
    ags = models.CharField(
        _("Amtlicher Gemeindeschlüssel (AGS)"),
        max_length=8,
        unique=True,
        validators=[validate_ags],
        help_text=_("8 Ziffern: Land (2), Regierungsbezirk (1), Kreis (2), Gemeinde (3)."),
        error_messages={"unique": _("Eine Kommune mit diesem AGS ist bereits eingetragen.")},
    )
    kind = models.CharField(_("Art"), max_length=20, choices=KommuneType.choices)
    # Case-folded copy of the name for search: SQLite folds only ASCII letters, so "überlingen"
    # would not find "Überlingen"; casefold() also lets "Strasse" find "Straße".
    name_folded = models.CharField(max_length=150, editable=False, default="")
    # Derived from the AGS on save; stored so that lists filter and count by it in the database.
    land = models.CharField(_("Land"), max_length=2, choices=LAND_CHOICES, editable=False)
    kreis = optional_link(
        "self",
        _("Landkreis"),
        "gemeinden",
        limit_choices_to={"kind": KommuneType.LANDKREIS},
    )
    population = models.PositiveIntegerField(_("Einwohnerzahl"), null=True, blank=True)
    size_class = models.CharField(
        _("Größenklasse"), max_length=10, choices=SizeClass.choices, blank=True, editable=False
    )
    phase = models.PositiveSmallIntegerField(
        _("Digitalisierungsphase"), choices=Phase.choices, default=Phase.ORIENTIERUNG
    )
    website = models.URLField(_("Website"), blank=True)
    description = models.TextField(_("Kurzbeschreibung"), blank=True, max_length=2000)
    latitude = _coordinate(_("Breitengrad"), 47, 55.1)
    longitude = _coordinate(_("Längengrad"), 5.8, 15.1)
    logo = optional_link("wagtailimages.Image", _("Logo"), "+")
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")
        ordering = ["name", "ags"]
        indexes = [
            models.Index(fields=["land", "name"]),
            models.Index(fields=["kind", "name"]),
            models.Index(fields=["size_class", "name"]),
            models.Index(fields=["phase", "name"]),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.derive_fields()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("network:kommune_detail", kwargs={"ags": self.ags})

    def clean(self):
        self.ags = normalise_ags(self.ags)
        super().clean()
        if self.kreis_id and self.kreis.ags[:5] != self.ags[:5]:
            raise ValidationError(
                {
                    "kreis": _(
                        "Der Landkreis passt nicht zum AGS: Die ersten fünf Ziffern müssen "
                        "übereinstimmen (hier %(expected)s)."
                    )
                    % {"expected": kreis_ags(self.ags)}
                }
            )

    def derive_fields(self) -> None:
        """The stored fields computed from others. save() calls it; bulk_create skips save(),
        so bulk callers call it themselves."""
        self.ags = normalise_ags(self.ags)
        self.land = self.ags[:2]
        self.size_class = size_class_for(self.population)
        self.name_folded = fold_name(self.name)

    @property
    def land_name(self) -> str:
        return LAENDER.get(self.land, "")


class Role(models.TextChoices):
    MITGLIED = "mitglied", _("Mitglied")
    DIGITALLOTSE = "digitallotse", _("Digitallotse/Digitallotsin")
    ADMIN = "admin", _("Kommunen-Admin")


class MembershipState(models.TextChoices):
    REQUESTED = "angefragt", _("angefragt")
    CONFIRMED = "bestaetigt", _("bestätigt")


class MembershipQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(state=MembershipState.CONFIRMED)

    def requested(self):
        return self.filter(state=MembershipState.REQUESTED)


class Membership(models.Model):
    """A person's place in a Kommune. A person may belong to several (a Landkreis and one of
    its Gemeinden); one of them is primary. Rights are always per Kommune."""

    user = person("memberships")
    kommune = models.ForeignKey(
        Kommune, verbose_name=_("Kommune"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("Rolle"), max_length=20, choices=Role.choices, default=Role.MITGLIED)
    is_primary = models.BooleanField(_("Hauptmitgliedschaft"), default=False)
    state = models.CharField(
        _("Status"),
        max_length=12,
        choices=MembershipState.choices,
        default=MembershipState.REQUESTED,
    )
    requested_at = models.DateTimeField(_("angefragt am"), auto_now_add=True)
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    decided_by = optional_link(settings.AUTH_USER_MODEL, _("entschieden von"), "+")

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")
        # No default ordering: permission checks read memberships on every request, and an
        # ordering across two joined tables would cost them a join and a sort each time.
        constraints = [
            models.UniqueConstraint(fields=["user", "kommune"], name="one_membership_per_kommune"),
            models.UniqueConstraint(
                fields=["user"], condition=Q(is_primary=True), name="one_primary_membership"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.kommune} ({self.get_role_display()})"

    @property
    def is_confirmed(self) -> bool:
        return self.state == MembershipState.CONFIRMED


def _invitation_token() -> str:
    return secrets.token_urlsafe(32)


class InvitationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(
            accepted_at__isnull=True, created_at__gte=timezone.now() - Invitation.VALID_FOR
        )


class Invitation(models.Model):
    """A Kommunen-Admin invites a colleague by e-mail. Only the account that has verified that
    address can accept, so an invitation can never hand a Kommune's rights to someone else."""

    VALID_FOR = timedelta(days=14)

    kommune = models.ForeignKey(
        Kommune, verbose_name=_("Kommune"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("E-Mail-Adresse"))
    role = models.CharField(_("Rolle"), max_length=20, choices=Role.choices, default=Role.MITGLIED)
    token = models.CharField(max_length=64, unique=True, default=_invitation_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eingeladen von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("eingeladen am"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("angenommen am"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Einladung")
        verbose_name_plural = _("Einladungen")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kommune", "email"],
                condition=Q(accepted_at__isnull=True),
                name="one_open_invitation_per_address",
            )
        ]

    def __str__(self):
        return f"{self.email} → {self.kommune}"

    def get_absolute_url(self):
        return reverse("network:invitation", kwargs={"token": self.token})

    @property
    def expires_at(self):
        return self.created_at + self.VALID_FOR

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and timezone.now() < self.expires_at
