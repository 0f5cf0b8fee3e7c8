from django.urls import path, re_path

from . import views_certificates as views

app_name = "certificates"

urlpatterns = [
    path("", views.verify_form, name="verify_form"),
    path("ausstellen/", views.issue, name="issue"),
    path("<str:code>/pdf/", views.download, name="download"),
    re_path(r"^(?P<code>[^/]{1,40})/$", views.verify, name="verify"),
]
