from django.urls import path

from . import views

app_name = "learning"

# Included at /lernen/meine-kurse/, before Wagtail's catch-all serves the rest of /lernen/.
urlpatterns = [
    path("", views.my_courses, name="my_courses"),
    path("anmelden/<int:pk>/", views.enrol, name="enrol"),
]
