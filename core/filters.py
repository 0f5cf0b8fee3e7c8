"""What the filter forms of the list pages share: every filter is optional, "alle" leaves it
out, and an invalid value is dropped rather than failing the page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .taxonomy import Phase


def with_all(choices) -> list:
    return [("", _("alle")), *choices]


def phase_filter() -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=_("Phase"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=with_all([(str(value), label) for value, label in Phase.choices]),
    )


class FilterForm(forms.Form):
    hide_optional_marker = True  # every filter is optional; saying so for each is noise

    def filters(self) -> dict:
        """The valid filters that are set, by field name."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: self.cleaned_data[name]
            for name in self.fields
            if name not in self.errors and self.cleaned_data.get(name) not in ("", None)
        }
