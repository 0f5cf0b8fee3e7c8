from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext_lazy as _

from .validators import validate_single_line


class SignupForm(AllauthSignupForm):
    """Sign-up asks for the name and, optionally, the Kommune the person works for.

    The Kommune is typed (name or AGS) rather than picked from a list of 10,800 entries;
    the membership it creates waits for confirmation by that Kommune's admins.
    """

    # autocomplete names the purpose of personal-data fields (WCAG 2.1, 1.3.5).
    # The sign-up sets the names after saving, past the model's validation: hence the
    # validator here too.
    first_name = forms.CharField(
        label=_("Vorname"),
        max_length=150,
        validators=[validate_single_line],
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Nachname"),
        max_length=150,
        validators=[validate_single_line],
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    kommune = forms.CharField(
        label=_("Ihre Kommune"),
        required=False,
        max_length=120,
        help_text=_(
            "Name oder Amtlicher Gemeindeschlüssel (AGS, 8 Ziffern). Die Kommune bestätigt "
            "Ihre Mitgliedschaft. Sie können das auch später auf der Seite der Kommune tun."
        ),
    )
    privacy_consent = forms.BooleanField(
        label=_("Ich habe die Datenschutzerklärung gelesen und stimme der Verarbeitung zu."),
        error_messages={
            "required": _("Bitte stimmen Sie der Datenschutzerklärung zu, um fortzufahren.")
        },
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "password1",
        "password2",
        "kommune",
        "privacy_consent",
    ]

    def try_save(self, request):
        # For a taken address allauth only mails the owner; without the password hashing a
        # new account costs (scrypt, about a tenth of a second) the quicker answer would tell
        # that the address has an account. So that path hashes the password too.
        if self.account_already_exists:
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)

    def clean_kommune(self):
        from network.services import resolve_kommune

        text = self.cleaned_data.get("kommune", "").strip()
        if not text:
            return None
        return resolve_kommune(text)

    def custom_signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
