"""Certificates: asking for one, downloading it, and the public verification by code."""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.breadcrumbs import Crumb, trail
from core.permissions import require

from .certificates import CertificateRefused, issue_certificate
from .models import Certificate, CertificateKind, CoursePage
from .models.certificates import normalise_code
from .pdf import render_certificate

VERIFY_LABEL = gettext_lazy("Bescheinigung prüfen")


class VerificationForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Prüfcode"),
        max_length=40,
        help_text=gettext_lazy(
            "Der Code steht unten auf der Bescheinigung, zum Beispiel ABCD-EFGH-JKLM. "
            "Groß- und Kleinschreibung und Bindestriche sind egal."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                _(
                    "Das ist kein gültiger Prüfcode. Ein Prüfcode hat 12 Zeichen aus "
                    "Buchstaben und Ziffern, zum Beispiel ABCD-EFGH-JKLM."
                )
            )
        return code


class IssueForm(forms.Form):
    course = forms.ModelChoiceField(queryset=CoursePage.objects.none())
    kind = forms.ChoiceField(choices=CertificateKind.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set per request: public() reads the view restrictions when it is called.
        self.fields["course"].queryset = CoursePage.objects.live().public()


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


def _back(request, course: CoursePage | None) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return course.url if course else "/"


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
    return redirect(_back(request, course))
