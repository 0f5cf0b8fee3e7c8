from django import forms
from django.utils.translation import gettext_lazy as _

from core.filters import FilterForm, phase_filter, with_all
from core.taxonomy import LAND_CHOICES, SizeClass

from .models import Kommune, KommuneType, Role


class KommuneFilterForm(FilterForm):
    q = forms.CharField(label=_("Name oder AGS"), required=False, max_length=100)
    land = forms.ChoiceField(label=_("Land"), required=False, choices=with_all(LAND_CHOICES))
    kind = forms.ChoiceField(label=_("Art"), required=False, choices=with_all(KommuneType.choices))
    size_class = forms.ChoiceField(
        label=_("Größenklasse"), required=False, choices=with_all(SizeClass.choices)
    )
    phase = phase_filter()


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
