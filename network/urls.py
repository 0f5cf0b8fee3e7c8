from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("", views.kommune_directory, name="kommune_directory"),
    path("einladung/<token:token>/", views.invitation, name="invitation"),
    path("anfragen/", views.coordination_requests, name="coordination_requests"),
    path(
        "mitgliedschaft/<id:pk>/hauptmitgliedschaft/",
        views.membership_make_primary,
        name="membership_make_primary",
    ),
    path("mitgliedschaft/<id:pk>/austreten/", views.membership_leave, name="membership_leave"),
    path("<ags:ags>/", views.kommune_detail, name="kommune_detail"),
    path("<ags:ags>/bearbeiten/", views.kommune_edit, name="kommune_edit"),
    path("<ags:ags>/mitglieder/", views.kommune_members, name="kommune_members"),
    path("<ags:ags>/beitreten/", views.membership_request, name="membership_request"),
    path(
        "<ags:ags>/mitglieder/<id:pk>/entscheiden/",
        views.membership_decide,
        name="membership_decide",
    ),
    path("<ags:ags>/mitglieder/<id:pk>/rolle/", views.membership_role, name="membership_role"),
    path("<ags:ags>/einladungen/", views.invitation_create, name="invitation_create"),
    path(
        "<ags:ags>/einladungen/<id:pk>/zurueckziehen/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        "<ags:ags>/mitglieder/<id:pk>/entfernen/",
        views.membership_remove,
        name="membership_remove",
    ),
]
