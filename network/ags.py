"""The Amtlicher Gemeindeschlüssel (AGS): 8 digits = Land (2) + Regierungsbezirk (1)
+ Kreis (2) + Gemeinde (3). Kreise carry "000" as their Gemeinde part."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.taxonomy import LAENDER

# ASCII only: \d would also accept full-width and other Unicode digits.
_AGS_PATTERN = re.compile(r"[0-9]{8}")


def normalise_ags(value: str) -> str:
    """People copy the AGS with spaces ("01 0 03 000"); the key itself has none."""
    return re.sub(r"\s", "", value or "")


def validate_ags(value: str) -> None:
    if not _AGS_PATTERN.fullmatch(value or ""):
        raise ValidationError(
            _("Der Amtliche Gemeindeschlüssel besteht aus genau 8 Ziffern, z. B. 01003000."),
            code="ags_format",
        )
    if value[:2] not in LAENDER:
        raise ValidationError(
            _(
                "Die ersten beiden Ziffern des AGS bezeichnen das Land und müssen zwischen "
                "01 (Schleswig-Holstein) und 16 (Thüringen) liegen."
            ),
            code="ags_land",
        )


def looks_like_ags(text: str) -> bool:
    """True for input that is (the start of) an AGS rather than a name."""
    return bool(re.fullmatch(r"[0-9]+", text))


def kreis_ags(ags: str) -> str:
    """The AGS of the Kreis a Gemeinde belongs to (its first five digits and "000")."""
    return ags[:5] + "000"
