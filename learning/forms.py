from django import forms
from django.utils.translation import gettext_lazy as _

from core.taxonomy import Phase, Topic

from .catalogue import DURATION_BUCKETS
from .models import CertificateKind, CoursePage, Level
from .models.certificates import normalise_code


def _with_all(choices):
    return [("", _("alle")), *choices]


class CourseFilterForm(forms.Form):
    """The catalogue's filters."""

    hide_optional_marker = True  # every filter is optional

    handlungsfeld = forms.ChoiceField(
        label=_("Handlungsfeld"), required=False, choices=_with_all(Topic.choices)
    )
    phase = forms.TypedChoiceField(
        label=_("Phase"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=_with_all([(str(v), label) for v, label in Phase.choices]),
    )
    level = forms.ChoiceField(label=_("Niveau"), required=False, choices=_with_all(Level.choices))
    dauer = forms.ChoiceField(
        label=_("Dauer"),
        required=False,
        choices=_with_all([(key, bucket.label) for key, bucket in DURATION_BUCKETS.items()]),
    )

    def filters(self) -> dict:
        """The valid filters; an invalid value is dropped rather than failing the page."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: self.cleaned_data[name]
            for name in self.fields
            if name not in self.errors and self.cleaned_data.get(name) not in ("", None)
        }


class ReportFilterForm(forms.Form):
    """The learning reports' choice of one course (or all of them)."""

    kurs = forms.ModelChoiceField(
        label=_("Kurs"),
        queryset=CoursePage.objects.order_by("path").only("pk", "title"),
        required=False,
        empty_label=_("Alle Kurse"),
    )

    def course(self) -> CoursePage | None:
        return self.cleaned_data.get("kurs") if self.is_valid() else None


class VerificationForm(forms.Form):
    code = forms.CharField(
        label=_("Prüfcode"),
        max_length=40,
        help_text=_(
            "Der Code steht unten auf der Bescheinigung, zum Beispiel ABCD-EFGH-JKLM. "
            "Groß- und Kleinschreibung und Bindestriche sind egal."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                _(
                    "Das ist kein gültiger Prüfcode. Ein Prüfcode hat 12 Zeichen aus "
                    "Buchstaben und Ziffern, zum Beispiel ABCD-EFGH-JKLM."
                )
            )
        return code


class IssueForm(forms.Form):
    """What the "ausstellen" button sends: which certificate of which course."""

    course = forms.ModelChoiceField(queryset=CoursePage.objects.none())
    kind = forms.ChoiceField(choices=CertificateKind.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set per request: public() reads the view restrictions when it is called.
        self.fields["course"].queryset = CoursePage.objects.live().public()
