"""The case study area's own views beside the Wagtail pages: submission, Merkliste,
rating, "Das wollen wir auch" and the comparison. Each parses input, calls a service and
renders; the buttons answer htmx with the re-rendered actions and everyone else with a
redirect back, so that they work without JavaScript."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.breadcrumbs import Crumb, trail
from core.forms import error_text
from core.parsing import parse_ids
from core.permissions import has_perm, require
from core.redirects import safe_next
from network.models import Kommune

from . import engagement, submission
from .forms import (
    ACTION_SUBMIT,
    RatingForm,
    SubmissionForm,
    WantTooForm,
    initial_from_page,
)
from .models import SECTIONS, CaseStudyIndexPage, CaseStudyPage
from .permissions import submitting_kommune_ids
from .queries import published_case_studies

AREA_LABEL = gettext_lazy("Praxisbeispiele")
ENGAGEMENT_TEMPLATE = "bestpractice/includes/engagement_actions.html"


def _area_trail(*current: Crumb) -> list[Crumb]:
    return trail(Crumb(AREA_LABEL, CaseStudyIndexPage.live_url()), *current)


def _published(request, pk, **kwargs):
    return get_object_or_404(published_case_studies().select_related("owner"), pk=pk)


def _submission(request, pk, **kwargs):
    return get_object_or_404(CaseStudyPage.objects.select_related("owner"), pk=pk)


def _actions_response(request, page, status: str = ""):
    """htmx swaps the re-rendered actions in place; `status` is read out by screen readers."""
    context = {"page": page, "action_status": status, "fragment": True}
    return render(request, ENGAGEMENT_TEMPLATE, context)


def _answer(request, page, text: str, *, error: bool = False):
    if request.htmx:
        # htmx swaps nothing on a 4xx answer; refusals are explained in the status line.
        return _actions_response(request, page, text)
    (messages.error if error else messages.success)(request, text)
    return redirect(safe_next(request, page.url))


# --- submission ---------------------------------------------------------------------------


def _own_kommunen(user):
    return Kommune.objects.filter(pk__in=submitting_kommune_ids(user)).order_by("name")


def _submission_form_response(request, form, page=None, status=200):
    draft = page.get_latest_revision_as_object() if page else None
    context = {
        "form": form,
        "page": draft,
        "missing_sections": draft.missing_sections() if draft else [],
        "sections": SECTIONS,
        "breadcrumbs": _area_trail(
            Crumb(_("Meine Einreichungen"), reverse("bestpractice:my_submissions")),
            Crumb(_("Praxisbeispiel bearbeiten") if page else _("Praxisbeispiel einreichen")),
        ),
    }
    return render(request, "bestpractice/submission_form.html", context, status=status)


def _save(request, form, page=None):
    """Hand the valid form to the service; its refusals become errors next to the fields."""
    data = form.cleaned_data
    uploads = {}
    if data.get("image"):
        uploads["image"] = submission.Upload(data["image"], data.get("image_alt", ""))
    if data.get("document"):
        uploads["document"] = submission.Upload(data["document"], data.get("document_title", ""))
    try:
        return submission.save_submission(
            request.user, data, page=page, submit=form.action == ACTION_SUBMIT, **uploads
        )
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, error)
    return None


def _after_save(request, form, page):
    if form.action == ACTION_SUBMIT:
        messages.success(
            request,
            _(
                "Vielen Dank! Ihr Praxisbeispiel liegt jetzt der Redaktion zur Prüfung vor. "
                "Wir schreiben Ihnen, sobald es veröffentlicht ist."
            ),
        )
        return redirect("bestpractice:my_submissions")
    missing = page.get_latest_revision_as_object().missing_sections()
    if missing:
        messages.success(
            request,
            _("Ihr Entwurf ist gespeichert. Zum Einreichen fehlen noch: %(sections)s.")
            % {"sections": ", ".join(str(label) for _name, label in missing)},
        )
    else:
        messages.success(
            request, _("Ihr Entwurf ist gespeichert und vollständig. Sie können ihn einreichen.")
        )
    return redirect("bestpractice:submission_edit", pk=page.pk)


@require("bestpractice.submit")
def submission_create(request):
    kommunen = _own_kommunen(request.user)
    if request.method != "POST":
        initial = {"kommunen": [k.pk for k in kommunen]} if len(kommunen) == 1 else {}
        return _submission_form_response(
            request, SubmissionForm(kommunen=kommunen, initial=initial)
        )
    form = SubmissionForm(request.POST, request.FILES, kommunen=kommunen)
    if form.is_valid() and (page := _save(request, form)) is not None:
        return _after_save(request, form, page)
    return _submission_form_response(request, form, status=400)


@require("bestpractice.edit_submission", get_object=_submission)
def submission_edit(request, pk, obj):
    kommunen = _own_kommunen(request.user)
    if request.method != "POST":
        draft = obj.get_latest_revision_as_object()
        form = SubmissionForm(kommunen=kommunen, initial=initial_from_page(draft))
        return _submission_form_response(request, form, obj)
    form = SubmissionForm(request.POST, request.FILES, kommunen=kommunen)
    if form.is_valid() and _save(request, form, obj) is not None:
        return _after_save(request, form, obj)
    return _submission_form_response(request, form, obj, status=400)


@require("bestpractice.list_own_submissions")
def my_submissions(request):
    context = {
        "submissions": submission.submissions_of(request.user),
        "may_submit": has_perm(request.user, "bestpractice.submit"),
        "breadcrumbs": _area_trail(Crumb(_("Meine Einreichungen"))),
    }
    return render(request, "bestpractice/my_submissions.html", context)


# --- Merkliste, rating, "Das wollen wir auch" ---------------------------------------------------


@require("bestpractice.list_bookmarks")
def bookmarks(request):
    context = {
        "case_studies": list(engagement.bookmarked_case_studies(request.user)),
        "compare_max": engagement.COMPARE_MAX,
        "breadcrumbs": _area_trail(Crumb(_("Merkliste"))),
    }
    return render(request, "bestpractice/bookmarks.html", context)


@require_POST
@require("bestpractice.bookmark", get_object=_published)
def bookmark(request, pk, obj):
    if request.POST.get("merken") == "nein":
        engagement.unbookmark(request.user, obj)
        return _answer(request, obj, _("Von der Merkliste entfernt."))
    engagement.bookmark(request.user, obj)
    return _answer(request, obj, _("Auf die Merkliste gesetzt."))


@require_POST
@require("bestpractice.rate", get_object=_published)
def rate(request, pk, obj):
    form = RatingForm(request.POST)
    if not form.is_valid():
        return _answer(request, obj, _("Bitte wählen Sie eine Bewertung von 1 bis 5."), error=True)
    engagement.rate(request.user, obj, form.cleaned_data["usefulness"])
    return _answer(
        request,
        obj,
        _("Danke! Ihre Bewertung (%(value)s von 5) ist gespeichert.")
        % {"value": form.cleaned_data["usefulness"]},
    )


@require_POST
@require("bestpractice.want_too", get_object=_published)
def want_too(request, pk, obj):
    form = WantTooForm(request.POST, kommunen=engagement.interest_kommunen(request.user))
    if not form.is_valid():
        errors = " ".join(error for errors in form.errors.values() for error in errors)
        return _answer(request, obj, errors, error=True)
    kommune = form.cleaned_data["kommune"]
    try:
        told = engagement.want_too(request.user, obj, kommune, form.cleaned_data["message"])
    except ValidationError as error:
        return _answer(request, obj, error_text(error), error=True)
    except PermissionDenied:
        return _answer(request, obj, _("Für diese Kommune können Sie nicht sprechen."), error=True)
    return _answer(request, obj, engagement.interest_confirmation(kommune, told))


# --- comparison -------------------------------------------------------------------------------


@require("bestpractice.compare")
def compare(request):
    """`?ids=` makes a comparison shareable; without it, the person's selection is shown."""
    from_url = "ids" in request.GET
    ids = (
        parse_ids(request.GET.getlist("ids"))
        if from_url
        else engagement.compare_selection(request.session)
    )
    comparison = engagement.compare(ids)
    context = {
        "comparison": comparison,
        "rows": _comparison_rows(comparison.case_studies),
        "from_url": from_url,
        "share_query": ",".join(str(page.pk) for page in comparison.case_studies),
        "breadcrumbs": _area_trail(Crumb(_("Vergleich"))),
        "index_url": CaseStudyIndexPage.live_url(),
    }
    return render(request, "bestpractice/compare.html", context)


@dataclass(frozen=True)
class ComparisonRow:
    heading: str
    kind: str  # "text", "euro" or "richtext": how the template shows the values
    values: list


def _comparison_rows(case_studies) -> list[ComparisonRow]:
    """One row per fact and per section, one value per case study, in the index's order."""
    if not case_studies:
        return []

    def row(heading, kind, value_of) -> ComparisonRow:
        return ComparisonRow(str(heading), kind, [value_of(page) for page in case_studies])

    def names(items) -> str:
        return ", ".join(str(item) for item in items)

    return [
        row(_("Kommunen"), "text", lambda p: names(k.name for k in p.kommunen.all())),
        row(_("Status"), "text", lambda p: p.get_status_display()),
        row(_("Phase zu Projektbeginn"), "text", lambda p: p.get_phase_display()),
        row(
            _("Handlungsfelder"), "text", lambda p: names(f.label for f in p.handlungsfelder.all())
        ),
        row(_("Einmalige Kosten"), "euro", lambda p: p.cost_one_off),
        row(_("Laufende Kosten pro Jahr"), "euro", lambda p: p.cost_yearly),
        row(_("Personalaufwand (Personentage)"), "text", lambda p: p.staff_effort),
        row(_("Förderprogramm"), "text", lambda p: p.foerderprogramm or ""),
        row(_("Übertragbarkeit"), "text", lambda p: p.get_transferability_display()),
        *(
            row(label, "richtext", lambda p, name=name: getattr(p, name))
            for name, label in SECTIONS
        ),
    ]


# Exempt from CSRF: it only changes the comparison selection kept in the visitor's own
# session, and a token in the form would keep the public detail page out of the page cache.
@csrf_exempt
@require_POST
@require("bestpractice.compare", get_object=_published)
def compare_toggle(request, pk, obj):
    if request.POST.get("vergleichen") == "nein":
        engagement.remove_from_comparison(request.session, obj.pk)
        return _answer(request, obj, _("Aus dem Vergleich entfernt."))
    try:
        engagement.add_to_comparison(request.session, obj)
    except ValidationError as error:
        return _answer(request, obj, error_text(error), error=True)
    return _answer(request, obj, _("Zum Vergleich vorgemerkt."))
