from django.utils.translation import gettext_lazy as _

from core.permissions import has_perm, may_use_cms

# The portal's areas, in header order. An area appears in the header once it is built, so
# that no menu entry leads to an empty page; the later areas switch their entry on as they land.
AREAS = [
    {"label": _("Praxisbeispiele"), "url": "/praxisbeispiele/", "built": True},
    {"label": _("Lernen"), "url": "/lernen/", "built": True},
    {"label": _("Mentoring"), "url": "/mentoring/", "built": False},
    {"label": _("Partner & Arbeitsgruppen"), "url": "/partner/", "built": False},
    {"label": _("Kommunen"), "url": "/kommunen/", "built": True},
    {"label": _("Suche"), "url": "/suche/", "built": True},
]


def navigation(request):
    return {
        "may_use_cms": may_use_cms(request.user),
        "may_review_requests": has_perm(request.user, "network.review_requests"),
        # Personal pages of the areas, for the user menu. Callables, which templates call only
        # where they show them, so that fragments rendered alone ask nothing.
        "may_take_courses": lambda: has_perm(request.user, "learning.my_courses"),
        "may_keep_bookmarks": lambda: has_perm(request.user, "casestudy.list_bookmarks"),
        "may_submit_case_studies": lambda: has_perm(request.user, "casestudy.submit"),
        "main_areas": [
            {**area, "current": request.path.startswith(area["url"])}
            for area in AREAS
            if area["built"]
        ],
    }
