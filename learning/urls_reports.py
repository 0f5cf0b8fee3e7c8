from django.urls import path

from . import views_reports as views

app_name = "learning_reports"

# Included at /lernen/berichte/, before Wagtail's catch-all serves the rest of /lernen/.
urlpatterns = [
    path("", views.overview, name="overview"),
    path("kurse.csv", views.courses_csv, name="courses_csv"),
    path("kommunen.csv", views.kommunen_csv, name="kommunen_csv"),
]
