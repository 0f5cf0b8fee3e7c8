from django import forms
from django.utils.translation import gettext_lazy as _

from core.taxonomy import Phase, Topic

from .catalogue import DURATION_BUCKETS
from .models import Level


def _with_all(choices):
    return [("", _("alle")), *choices]


class CourseFilterForm(forms.Form):
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
