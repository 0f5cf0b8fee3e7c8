from django import forms
from django.utils.translation import gettext_lazy as _

from core.taxonomy import LAND_CHOICES, Phase, SizeClass

from .models import Kommune, KommuneType, Role


def _with_all(choices):
    return [("", _("alle")), *choices]


class KommuneFilterForm(forms.Form):
    hide_optional_marker = True  # every filter is optional; saying so five times is noise

    q = forms.CharField(label=_("Name oder AGS"), required=False, max_length=100)
    land = forms.ChoiceField(label=_("Land"), required=False, choices=_with_all(LAND_CHOICES))
    kind = forms.ChoiceField(label=_("Art"), required=False, choices=_with_all(KommuneType.choices))
    size_class = forms.ChoiceField(
        label=_("Größenklasse"), required=False, choices=_with_all(SizeClass.choices)
    )
    phase = forms.TypedChoiceField(
        label=_("Phase"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=_with_all([(str(v), label) for v, label in Phase.choices]),
    )

    def filters(self) -> dict:
        """The valid filters; an invalid value is dropped rather than failing the page."""
        if not self.is_bound:
            return {}
        if self.is_valid():
            return {k: v for k, v in self.cleaned_data.items() if v not in ("", None)}
        return {
            name: self.cleaned_data[name]
            for name in self.fields
            if name not in self.errors and self.cleaned_data.get(name) not in ("", None)
        }


class KommuneProfileForm(forms.ModelForm):
    """What a Kommune's own admins may change. Name, AGS and type are facts the network
    office maintains in /cms/."""

    # Addresses typed without a scheme are meant as https (Django 6's default too).
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Kommune
        fields = ["population", "phase", "website", "description", "latitude", "longitude"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "phase": _("Wo steht Ihre Kommune bei der Digitalisierung (Bausteinkonzept)?"),
            "description": _("Höchstens 2.000 Zeichen, ohne HTML."),
            "latitude": _("Für die Kartenansicht, z. B. 52.39886"),
            "longitude": _("Für die Kartenansicht, z. B. 13.06566"),
        }

    def clean_description(self):
        from django.utils.html import strip_tags

        # Descriptions are shown as plain text: markup typed here is removed, never rendered.
        return strip_tags(self.cleaned_data["description"]).strip()


class MembershipDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Entscheidung"),
        choices=[("confirm", _("Bestätigen")), ("decline", _("Ablehnen"))],
    )
    role = forms.ChoiceField(
        label=_("Rolle"), choices=Role.choices, initial=Role.MITGLIED, required=False
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Rolle"), choices=Role.choices)


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        help_text=_("Die dienstliche Adresse der Kollegin oder des Kollegen."),
    )
    role = forms.ChoiceField(label=_("Rolle"), choices=Role.choices, initial=Role.MITGLIED)
