"""Learning reports for Redaktion and Netzwerkkoordination, as a page and as CSV files."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from core.breadcrumbs import Crumb, trail
from core.pagination import paginate
from core.permissions import require

from .. import reports
from ..forms import ReportFilterForm

KOMMUNEN_PER_PAGE = 50


@require("learning.view_reports")
def overview(request):
    form = ReportFilterForm(request.GET)
    course = form.course()
    course_rows = reports.course_report()
    kommune_rows = reports.kommune_report(course)
    page, query = paginate(request, kommune_rows, KOMMUNEN_PER_PAGE)
    context = {
        "form": form,
        "course": course,
        "course_rows": course_rows,
        "course_totals": reports.totals(course_rows),
        "kommune_page": page,
        "kommune_totals": reports.totals(kommune_rows),
        "query": query,
        "breadcrumbs": trail(Crumb(_("Lernberichte"))),
    }
    return render(request, "learning/reports.html", context)


def _csv_response(content: str, name: str) -> HttpResponse:
    # The byte order mark makes Excel read the file as UTF-8: umlauts stay umlauts.
    response = HttpResponse("\ufeff" + content, content_type="text/csv; charset=utf-8")
    filename = f"{name}-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Names of Kommunen and figures of their staff: no shared browser or proxy may keep them.
    response["Cache-Control"] = "private, no-store"
    return response


@require("learning.view_reports")
def courses_csv(request):
    content = reports.report_csv(_("Kurs"), reports.course_report())
    return _csv_response(content, "lernbericht-kurse")


@require("learning.view_reports")
def kommunen_csv(request):
    course = ReportFilterForm(request.GET).course()
    content = reports.report_csv(_("Kommune"), reports.kommune_report(course))
    name = f"lernbericht-kommunen-kurs-{course.pk}" if course else "lernbericht-kommunen"
    return _csv_response(content, name)
