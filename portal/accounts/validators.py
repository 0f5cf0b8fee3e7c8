"""Checks for what people type about themselves."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Control characters (line breaks, tabs, NUL, …) and line and paragraph separators: names
# travel into mail headers, where Django refuses a line break and the mail is never sent.
_CONTROL_CATEGORIES = {"Cc", "Zl", "Zp"}
# Embeddings, overrides and isolates make a name show differently from what is stored.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_control_character(character: str) -> bool:
    return unicodedata.category(character) in _CONTROL_CATEGORIES or character in _BIDI_CONTROLS


def validate_single_line(value: str) -> None:
    """For every one-line text about a person: names, job title."""
    if any(is_control_character(character) for character in value):
        raise ValidationError(
            _("Bitte ohne Zeilenumbrüche und Steuerzeichen eingeben."), code="single_line"
        )


def to_single_line(value: str) -> str:
    """The text with each control character turned into a space, for data stored before
    `validate_single_line` existed."""
    spaced = "".join(" " if is_control_character(character) else character for character in value)
    return re.sub(r" {2,}", " ", spaced).strip()
