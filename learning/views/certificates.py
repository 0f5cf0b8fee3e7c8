"""Certificates: asking for one, downloading it, and the public verification by code."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.breadcrumbs import Crumb, trail
from core.permissions import require
from core.redirects import safe_next

from ..certificates import CertificateRefused, issue_certificate
from ..forms import IssueForm, VerificationForm
from ..models import Certificate, CertificateKind
from ..models.certificates import normalise_code
from ..pdf import render_certificate

VERIFY_LABEL = gettext_lazy("Bescheinigung prüfen")


def _verify_trail(*current: Crumb) -> list[Crumb]:
    if not current:
        return trail(Crumb(VERIFY_LABEL))
    return trail(Crumb(VERIFY_LABEL, "/zertifikate/"), *current)


@require("learning.verify_certificate")
def verify_form(request):
    """A form to type in the code from a certificate; leads to its verification page."""
    form = VerificationForm(request.GET if "code" in request.GET else None)
    if form.is_valid():
        return redirect("certificates:verify", form.cleaned_data["code"])
    return render(
        request,
        "learning/certificate_verify_form.html",
        {"form": form, "breadcrumbs": _verify_trail()},
    )


@require("learning.verify_certificate")
def verify(request, code):
    """Confirms that a certificate was issued, with only what is printed on it anyway."""
    normalised = normalise_code(code)
    if normalised and normalised != code:
        # Typed by hand in lower case or without dashes: one address per certificate.
        return redirect("certificates:verify", normalised)
    certificate = Certificate.objects.filter(code=normalised).first() if normalised else None
    if certificate is None:
        form = VerificationForm(initial={"code": code})
        context = {"code": code, "form": form, "breadcrumbs": _verify_trail(Crumb(code))}
        return render(request, "learning/certificate_unknown.html", context, status=404)
    context = {
        "certificate": certificate,
        "shows_score": certificate.kind == CertificateKind.LEISTUNG,
        "breadcrumbs": _verify_trail(Crumb(certificate.code)),
    }
    return render(request, "learning/certificate_verify.html", context)


def _own_certificate(request, code, **kwargs):
    return get_object_or_404(Certificate, code=code)


@require("learning.download_certificate", get_object=_own_certificate)
def download(request, code, obj):
    certificate = obj
    response = HttpResponse(render_certificate(certificate), content_type="application/pdf")
    filename = f"{certificate.kind}-{certificate.code}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # A document with a person's name: no shared cache may keep it.
    response["Cache-Control"] = "private, no-store"
    return response


@require("learning.request_certificate")
@require_POST
def issue(request):
    """ "Bescheinigung ausstellen": issues the certificate if the person qualifies."""
    form = IssueForm(request.POST)
    if not form.is_valid():
        raise Http404(_("Diesen Kurs gibt es nicht."))
    course, kind = form.cleaned_data["course"], form.cleaned_data["kind"]
    try:
        certificate = issue_certificate(request.user, course, kind)
    except CertificateRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(
            request,
            format_html(
                _(
                    "{kind} für „{course}“ ausgestellt. "
                    '<a class="kern-link" href="{url}">PDF herunterladen</a>'
                ),
                kind=certificate.get_kind_display(),
                course=certificate.course_title,
                url=reverse("certificates:download", args=[certificate.code]),
            ),
        )
    return redirect(safe_next(request, fallback=course.url))
