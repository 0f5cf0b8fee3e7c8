"""Reading ids, choices and short texts from URLs and forms.

Whatever a visitor types reaches these functions first: each answers the valid value or None,
never an exception, so that an odd parameter drops a filter instead of failing the page.
Checked by hand rather than with `str.isdigit()` or `int()`, which accept "²" and "١" (and
`int()` also " 7 " and "1_000"), and bounded by the database's integer range, which a Python
int is not.
"""

import re
from collections.abc import Iterable
from typing import TypeVar

# The largest values the database's integer columns hold: BigAutoField primary keys (the
# portal's default) and the 32-bit IntegerField / AutoField (Wagtail's page ids among them).
BIGINT_MAX = 2**63 - 1
INT_MAX = 2**31 - 1

_ASCII_DIGITS = re.compile(r"[0-9]+")
# Unicode's control characters (category Cc: C0, DEL and C1) and the line and paragraph
# separators: nothing a one-line value contains.
_CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")

Choice = TypeVar("Choice")


def parse_id(raw: str | None, maximum: int = BIGINT_MAX) -> int | None:
    """A positive id written in ASCII digits and no larger than `maximum`, else None."""
    text = (raw or "").strip()
    # Length first: int() of a megabyte of digits is slow, and 19 digits hold any 64-bit id.
    if len(text) > len(str(maximum)) or not _ASCII_DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if 0 < value <= maximum else None


def parse_ids(values: Iterable[str], maximum: int = BIGINT_MAX, limit: int = 100) -> list[int]:
    """Ids from repeated and comma-separated values (`?ids=1,2&ids=3`) in the given order,
    without repeats; anything else is dropped. At most `limit` ids are read."""
    ids: list[int] = []
    for value in values:
        for part in str(value).split(",", limit):
            parsed = parse_id(part, maximum)
            if parsed is not None and parsed not in ids:
                ids.append(parsed)
            if len(ids) >= limit:
                return ids
    return ids


def parse_choice(raw: str | None, choices: Iterable[Choice]) -> Choice | None:
    """The one of `choices` that `raw` names (compared as text, so "2" selects the integer 2),
    else None."""
    text = (raw or "").strip()
    return next((choice for choice in choices if str(choice) == text), None)


def has_control_characters(text: str) -> bool:
    """NUL, line breaks, tabs and the other control characters. PostgreSQL refuses NUL in
    any text, and a WSGI server refuses a response whose headers contain one."""
    return _CONTROL_CHARACTERS.search(text) is not None


def parse_text(raw: str | None, max_length: int) -> str | None:
    """A one-line text of at most `max_length` characters without control characters,
    stripped, else None."""
    text = (raw or "").strip()
    if len(text) > max_length or has_control_characters(text):
        return None
    return text
