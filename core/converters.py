"""Path converters for the portal's URLs: a path part that cannot name anything answers 404
before a view or the database sees it.

Django's `<int:…>` takes any number of digits, beyond what an id column holds (SQLite raises
OverflowError for them), and `<str:…>` takes NUL bytes, which PostgreSQL refuses in a query.
Registered once by `core.apps.CoreConfig.ready`; URL names and reversing are unchanged.
"""

from django.urls import register_converter

from .parsing import BIGINT_MAX, INT_MAX, parse_id


class IdConverter:
    """`<id:pk>`: a positive 64-bit id, the portal's own primary keys."""

    maximum = BIGINT_MAX
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        parsed = parse_id(value, self.maximum)
        if parsed is None:
            raise ValueError(value)  # Django's signal for "no match": the next pattern or 404
        return parsed

    def to_url(self, value) -> str:
        return str(value)


class PageIdConverter(IdConverter):
    """`<page_id:pk>`: a Wagtail page's id, a 32-bit integer."""

    maximum = INT_MAX
    regex = "[0-9]{1,10}"


class _PatternConverter:
    """A text part of the path that must match `regex`; the value itself is unchanged."""

    regex = ""

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


class AgsConverter(_PatternConverter):
    """`<ags:ags>`: an Amtlicher Gemeindeschlüssel, exactly 8 ASCII digits."""

    regex = "[0-9]{8}"


class TokenConverter(_PatternConverter):
    """`<token:token>`: a URL-safe secret (`secrets.token_urlsafe`), at most 64 characters."""

    regex = "[A-Za-z0-9_-]{1,64}"


class CertificateCodeConverter(_PatternConverter):
    """`<code:code>`: a certificate code as printed (ABCD-EFGH-JKLM) or as typed by hand. Any
    printable text, so that a mistyped code still gets the page that explains it; the view
    normalises it."""

    regex = r"[^/\x00-\x1f\x7f-\x9f]{1,40}"


CONVERTERS = {
    "id": IdConverter,
    "page_id": PageIdConverter,
    "ags": AgsConverter,
    "token": TokenConverter,
    "code": CertificateCodeConverter,
}


def register() -> None:
    for name, converter in CONVERTERS.items():
        register_converter(converter, name)
