""" "Meine Kurse": the signed-in person's enrolments with their progress."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.breadcrumbs import Crumb, trail
from core.permissions import require

from .. import progress
from ..models import CourseIndexPage

MY_COURSES_LABEL = gettext_lazy("Meine Kurse")


@require("learning.my_courses")
def my_courses(request):
    enrollments = list(progress.enrollments_for(request.user))
    courses = [e.course for e in enrollments]
    passed = progress.passed_courses(request.user, courses)
    rows = [
        {
            "enrollment": e,
            "course": e.course,
            "share": progress.lesson_share_done(e),
            "passed": e.course_id in passed,
        }
        for e in enrollments
    ]
    catalogue_url = _catalogue_url()
    context = {
        "rows": rows,
        "catalogue_url": catalogue_url,
        "breadcrumbs": trail(Crumb(_("Lernen"), catalogue_url), Crumb(MY_COURSES_LABEL)),
    }
    return render(request, "learning/my_courses.html", context)


def _catalogue_url() -> str:
    index = CourseIndexPage.objects.live().first()
    return index.url if index else reverse("learning:my_courses")
