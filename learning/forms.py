from django import forms
from django.utils.translation import gettext_lazy as _

from core.filters import FilterForm, phase_filter, with_all
from core.forms import IdChoiceField
from core.taxonomy import Topic

from .catalogue import DURATION_BUCKETS
from .models import CertificateKind, CoursePage, Level
from .models.certificates import normalise_code


class CourseFilterForm(FilterForm):
    """The catalogue's filters."""

    handlungsfeld = forms.ChoiceField(
        label=_("Handlungsfeld"), required=False, choices=with_all(Topic.choices)
    )
    phase = phase_filter()
    level = forms.ChoiceField(label=_("Niveau"), required=False, choices=with_all(Level.choices))
    dauer = forms.ChoiceField(
        label=_("Dauer"),
        required=False,
        choices=with_all([(key, bucket.label) for key, bucket in DURATION_BUCKETS.items()]),
    )


class ReportFilterForm(forms.Form):
    """The learning reports' choice of one course (or all of them)."""

    kurs = IdChoiceField(
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

    course = IdChoiceField(queryset=CoursePage.objects.none())
    kind = forms.ChoiceField(choices=CertificateKind.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set per request: public() reads the view restrictions when it is called.
        self.fields["course"].queryset = CoursePage.objects.live().public()
