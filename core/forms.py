from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from .parsing import parse_id


def error_text(error: ValidationError) -> str:
    """A domain error's messages as one sentence for a message box or status line."""
    return " ".join(error.messages)


def _not_an_id(field, value) -> bool:
    """True when `field` looks its choices up by an integer key and `value` cannot be one."""
    if field.to_field_name or isinstance(value, field.queryset.model):
        return False
    key = field.queryset.model._meta.pk
    while key.is_relation:  # a page type's key is the link to Wagtail's Page
        key = key.target_field
    return isinstance(key, models.IntegerField) and parse_id(str(value)) is None


class IdChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that refuses what cannot be an id before asking the database:
    Django passes the posted text on, and a number beyond 64 bits for a key that is a relation
    (every Wagtail page type) reaches SQLite as an OverflowError."""

    def to_python(self, value):
        if value not in self.empty_values and _not_an_id(self, value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that refuses what cannot be an id before asking the
    database: its `pk__in` query has no guard against numbers beyond 64 bits."""

    def _check_values(self, value):
        for item in value:
            if _not_an_id(self, item):
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        return super()._check_values(value)
