"""Lernen's routes outside the page tree, as three (patterns, namespace) pairs that
portal/urls.py includes at their own paths."""

from django.urls import path

from .views import certificates, courses, my_courses, reports

# At /lernen/meine-kurse/, before Wagtail's catch-all serves the rest of /lernen/.
member_urls = (
    [
        path("", my_courses.my_courses, name="my_courses"),
        path("anmelden/<page_id:pk>/", courses.enrol, name="enrol"),
    ],
    "learning",
)

# At /lernen/berichte/, likewise before the catch-all.
report_urls = (
    [
        path("", reports.overview, name="overview"),
        path("kurse.csv", reports.courses_csv, name="courses_csv"),
        path("kommunen.csv", reports.kommunen_csv, name="kommunen_csv"),
    ],
    "learning_reports",
)

# At /zertifikate/: verification is public and its addresses are printed on paper.
certificate_urls = (
    [
        path("", certificates.verify_form, name="verify_form"),
        path("ausstellen/", certificates.issue, name="issue"),
        path("<code:code>/pdf/", certificates.download, name="download"),
        path("<code:code>/", certificates.verify, name="verify"),
    ],
    "certificates",
)
