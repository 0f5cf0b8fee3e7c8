import re
import zlib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings
from django.urls import reverse

from learning.models import Certificate
from learning.pdf import render_certificate
from network.factories import MembershipFactory
from tests.helpers import RolePeople, login_as
from tests.learning.certificate_helpers import both_certificates

# A small reader for what reportlab writes: enough to get the text back out of the PDF, the
# way a PDF viewer's search or a screen reader does it (through each font's ToUnicode map).

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
_TEXT_OPS = re.compile(rb"/(\S+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\) Tj")


def _objects(pdf: bytes) -> dict[int, tuple[bytes, bytes]]:
    objects = {}
    for number, body in _OBJECT.findall(pdf):
        stream = _STREAM.search(body)
        data = b""
        if stream:
            data = stream.group(1)
            if b"/FlateDecode" in body[: stream.start()]:
                if b"/ASCII85Decode" in body[: stream.start()]:
                    import base64

                    data = base64.a85decode(data.strip(), adobe=True)
                data = zlib.decompress(data)
        objects[int(number)] = (body, data)
    return objects


def _unescape(raw: bytes) -> bytes:
    return re.sub(
        rb"\\([0-7]{1,3}|.)",
        lambda m: (
            bytes([int(m.group(1), 8)])
            if m.group(1)[:1].isdigit()
            else {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(m.group(1), m.group(1))
        ),
        raw,
    )


def pdf_text(pdf: bytes) -> str:
    objects = _objects(pdf)
    to_unicode = {}
    for body, _ in objects.values():
        for name, ref in re.findall(rb"/(F[\w+]+) (\d+) 0 R", body):
            font_body = objects[int(ref)][0]
            cmap_ref = re.search(rb"/ToUnicode (\d+) 0 R", font_body)
            if cmap_ref:
                cmap = objects[int(cmap_ref.group(1))][1]
                to_unicode[name] = {
                    int(code, 16): chr(int(char, 16))
                    for code, char in re.findall(rb"<([0-9A-F]{2})> <([0-9A-F]{4})>", cmap)
                }
    lines, font = [], None
    for body, data in objects.values():
        if b"/Length" not in body or b"BT" not in data:
            continue
        for font_name, string in _TEXT_OPS.findall(data):
            if font_name:
                font = font_name
                continue
            mapping = to_unicode.get(font, {})
            lines.append("".join(mapping.get(b, chr(b)) for b in _unescape(string)))
    return "\n".join(lines)


@pytest.fixture
def certificates(holder):
    both = both_certificates(
        holder, title="Änderungen begleiten: Change Management für Führungskräfte"
    )
    issued = datetime(2026, 3, 5, 23, 30, tzinfo=ZoneInfo("UTC"))  # 6 March in Berlin
    Certificate.objects.update(issued_at=issued)
    for certificate in both:
        certificate.refresh_from_db()
    return both


@override_settings(WAGTAILADMIN_BASE_URL="https://lernen.example.de")
def test_the_pdf_carries_everything_the_certificate_says(certificates):
    teilnahme, _ = certificates
    pdf = render_certificate(teilnahme)
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    text = pdf_text(pdf)
    assert "Teilnahmebestätigung" in text
    assert "Jürgen Weiß-Öztürk" in text
    # Long titles wrap onto several lines.
    assert "Änderungen begleiten: Change Management für Führungskräfte" in " ".join(text.split())
    assert "Einsteiger" in text
    assert "1,5 Stunden" in text
    assert "6. März 2026" in text
    assert teilnahme.code in text
    assert f"https://lernen.example.de/zertifikate/{teilnahme.code}/" in text
    assert "Netzwerk Digitale Kommune" in text
    assert "%" not in text  # no score on a confirmation of participation


def test_the_leistungsnachweis_prints_the_score(certificates):
    _, leistung = certificates
    text = pdf_text(render_certificate(leistung))
    assert "Leistungsnachweis" in text
    assert "100 %" in text


def test_the_fonts_are_embedded(certificates):
    pdf = render_certificate(certificates[0])
    assert b"/FontFile2" in pdf
    # Only the embedded TrueType fonts; no standard font a viewer would have to substitute.
    assert b"/Type1" not in pdf
    assert b"/Helvetica" not in pdf


def test_the_pdf_has_a_title_an_author_and_a_language(certificates):
    teilnahme, _ = certificates
    pdf = render_certificate(teilnahme)
    (info,) = [body for body, _ in _objects(pdf).values() if b"/Author" in body]

    def entry(key: bytes) -> str:
        raw = re.search(rb"/" + key + rb" \(((?:\\.|[^\\)])*)\)", info).group(1)
        return _unescape(raw).decode("latin-1")  # PDFDocEncoding matches Latin-1 here

    assert entry(b"Title") == f"Teilnahmebestätigung: {teilnahme.course_title}"
    assert entry(b"Author") == "Netzwerk Digitale Kommune"
    assert b"/Lang (de)" in pdf


def test_the_pdf_holds_a_qr_code(certificates):
    pdf = render_certificate(certificates[0])
    drawing = b"".join(data for _, data in _objects(pdf).values())
    # The QR code is drawn as filled rectangles: hundreds of them for a 40-character address.
    assert drawing.count(b" re") > 200


# Who may download


def _download(client, certificate):
    return client.get(reverse("certificates:download", args=[certificate.code]))


@pytest.mark.parametrize("role", RolePeople.role_names())
def test_download_permissions_per_role(client, people, role, certificates):
    teilnahme, _ = certificates
    login_as(client, getattr(people, role))
    response = _download(client, teilnahme)
    if role == "besucher":
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    elif role in ("mitglied", "redaktion", "netzwerkkoordination"):  # the holder is mitglied
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
        assert "no-store" in response["Cache-Control"]
        assert response.content.startswith(b"%PDF")
    else:
        assert response.status_code == 403


def test_another_member_cannot_download(client, certificates, other_kommune):
    other = MembershipFactory(kommune=other_kommune).user
    login_as(client, other)
    assert _download(client, certificates[0]).status_code == 403


def test_an_unknown_code_downloads_nothing(client, holder):
    login_as(client, holder)
    response = client.get(reverse("certificates:download", args=["ABCD-EFGH-JKMN"]))
    assert response.status_code == 404
