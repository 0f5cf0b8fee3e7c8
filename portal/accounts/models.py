"""The person behind an account."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from .validators import validate_single_line


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError(_("Eine E-Mail-Adresse ist erforderlich."))
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person in the network. People sign in with their e-mail address; there is no
    user name to remember or to leak."""

    username = None
    email = models.EmailField(_("E-Mail-Adresse"), unique=True)
    # Redeclared from AbstractUser for the validator: every form built on the model (profile,
    # CMS, Django admin) then refuses line breaks, which would stop mails naming the person.
    first_name = models.CharField(
        _("Vorname"), max_length=150, blank=True, validators=[validate_single_line]
    )
    last_name = models.CharField(
        _("Nachname"), max_length=150, blank=True, validators=[validate_single_line]
    )
    job_title = models.CharField(
        _("Funktion"), max_length=120, blank=True, validators=[validate_single_line]
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def public_name(self) -> str:
        """The name other members see. Never the e-mail address: that stays private."""
        return self.get_full_name() or str(_("Name nicht angegeben"))

    def get_short_name(self):
        return self.first_name or self.email
