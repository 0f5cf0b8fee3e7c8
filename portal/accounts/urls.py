from django.urls import path

from . import privacy_views, views

app_name = "portal"

urlpatterns = [
    path("profil/", views.profile, name="profile"),
    path("meine-daten/", privacy_views.privacy, name="privacy"),
    path("meine-daten/export/", privacy_views.export, name="privacy_export"),
]
