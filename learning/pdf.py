"""The certificate as a PDF document (A4, reportlab).

The fonts are embedded (Bitstream Vera, shipped with reportlab and free to embed): a
certificate must print the holder's name with ä, ö, ü and ß the same on every machine, and a
viewer that substitutes a missing font may not. The QR code leads to the public verification
page, the code beneath it can be typed in by hand.
"""

import io
from functools import cache

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .models import Certificate, CertificateKind

REGULAR = "NDK-Sans"
BOLD = "NDK-Sans-Bold"
NETWORK_NAME = settings.WAGTAIL_SITE_NAME

# The portal's dark blue for headings and the rule; body text stays black for contrast.
ACCENT = Color(0.0, 0.26, 0.49)
MUTED = Color(0.3, 0.3, 0.3)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 25 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 32 * mm


@cache
def _register_fonts() -> None:
    # reportlab finds these files in its own fonts folder; registering twice is harmless but
    # costs a file read each time.
    pdfmetrics.registerFont(TTFont(REGULAR, "Vera.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))


def issued_on(certificate: Certificate) -> str:
    """The issue date the way German documents print it: 5. März 2026."""
    return formats.date_format(timezone.localtime(certificate.issued_at), "j. F Y")


def certificate_title(certificate: Certificate) -> str:
    return f"{certificate.get_kind_display()}: {certificate.course_title}"


def statement(certificate: Certificate) -> str:
    """The sentence below the course title saying what the holder did."""
    if certificate.kind == CertificateKind.LEISTUNG:
        return _(
            "erfolgreich abgeschlossen und die Lernerfolgskontrolle mit %(score)s %% bestanden hat."
        ) % {"score": certificate.score}
    return _("besucht und seine Lektionen bearbeitet hat.")


def details(certificate: Certificate) -> list[tuple[str, str]]:
    rows = []
    if certificate.course_level:
        rows.append((_("Niveau"), certificate.course_level))
    if certificate.course_duration:
        rows.append((_("Geschätzter Umfang"), certificate.course_duration))
    if certificate.kind == CertificateKind.LEISTUNG:
        rows.append((_("Ergebnis"), f"{certificate.score} %"))
    rows.append((_("Ausgestellt am"), issued_on(certificate)))
    return rows


def render_certificate(certificate: Certificate) -> bytes:
    _register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=A4,
        pageCompression=1,
        initialFontName=REGULAR,
        lang=get_language() or settings.LANGUAGE_CODE,
    )
    canvas.setTitle(certificate_title(certificate))
    canvas.setAuthor(NETWORK_NAME)
    canvas.setSubject(
        _("%(kind)s für %(name)s")
        % {"kind": certificate.get_kind_display(), "name": certificate.holder_name}
    )
    canvas.setCreator(NETWORK_NAME)
    _draw_body(canvas, certificate)
    _draw_verification(canvas, certificate)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _centred_lines(canvas: Canvas, text: str, y: float, font: str, size: float) -> float:
    """Draw `text` centred, wrapped to the text width; returns the y below the last line."""
    canvas.setFont(font, size)
    leading = size * 1.3
    for line in simpleSplit(text, font, size, TEXT_WIDTH):
        canvas.drawCentredString(PAGE_WIDTH / 2, y, line)
        y -= leading
    return y


def _draw_body(canvas: Canvas, certificate: Certificate) -> None:
    centre = PAGE_WIDTH / 2
    y = PAGE_HEIGHT - MARGIN

    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 12)
    canvas.drawCentredString(centre, y, NETWORK_NAME)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.5)
    canvas.line(MARGIN, y - 6 * mm, PAGE_WIDTH - MARGIN, y - 6 * mm)

    y -= 35 * mm
    y = _centred_lines(canvas, certificate.get_kind_display(), y, BOLD, 30)

    canvas.setFillColor(Color(0, 0, 0))
    y -= 12 * mm
    y = _centred_lines(canvas, _("Hiermit wird bestätigt, dass"), y, REGULAR, 13)
    y -= 4 * mm
    y = _centred_lines(canvas, certificate.holder_name, y, BOLD, 22)
    y -= 4 * mm
    y = _centred_lines(canvas, _("den Online-Kurs"), y, REGULAR, 13)
    y -= 2 * mm
    y = _centred_lines(canvas, certificate.course_title, y, BOLD, 17)
    y -= 2 * mm
    y = _centred_lines(canvas, statement(certificate), y, REGULAR, 13)

    y -= 14 * mm
    label_x = centre - 5 * mm
    for label, value in details(certificate):
        canvas.setFont(REGULAR, 11)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(label_x, y, f"{label}:")
        canvas.setFillColor(Color(0, 0, 0))
        canvas.drawString(label_x + 3 * mm, y, value)
        y -= 7 * mm


def _draw_verification(canvas: Canvas, certificate: Certificate) -> None:
    bottom = MARGIN
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.75)
    canvas.line(MARGIN, bottom + QR_SIZE + 6 * mm, PAGE_WIDTH - MARGIN, bottom + QR_SIZE + 6 * mm)

    url = certificate.verification_url
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
    )
    # The drawing would otherwise select Helvetica, a font not embedded in the document.
    drawing.initialFontName = REGULAR
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, MARGIN, bottom)

    text_x = MARGIN + QR_SIZE + 8 * mm
    text_width = PAGE_WIDTH - MARGIN - text_x
    y = bottom + QR_SIZE - 4 * mm
    canvas.setFillColor(Color(0, 0, 0))
    canvas.setFont(BOLD, 11)
    canvas.drawString(text_x, y, _("Echtheit prüfen"))
    y -= 6 * mm
    canvas.setFont(REGULAR, 10)
    for line in simpleSplit(
        _("Scannen Sie den QR-Code oder öffnen Sie die Adresse:"), REGULAR, 10, text_width
    ):
        canvas.drawString(text_x, y, line)
        y -= 5 * mm
    canvas.drawString(text_x, y, url)
    y -= 7 * mm
    canvas.setFont(REGULAR, 10)
    label = _("Prüfcode:")
    canvas.drawString(text_x, y, label)
    canvas.setFont(BOLD, 12)
    canvas.drawString(text_x + canvas.stringWidth(label, REGULAR, 10) + 2 * mm, y, certificate.code)
