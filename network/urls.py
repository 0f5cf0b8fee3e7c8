from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("", views.kommune_directory, name="kommune_directory"),
    path("einladung/<str:token>/", views.invitation, name="invitation"),
    path("anfragen/", views.coordination_requests, name="coordination_requests"),
    path(
        "mitgliedschaft/<int:pk>/hauptmitgliedschaft/",
        views.membership_make_primary,
        name="membership_make_primary",
    ),
    path("mitgliedschaft/<int:pk>/austreten/", views.membership_leave, name="membership_leave"),
    path("<str:ags>/", views.kommune_detail, name="kommune_detail"),
    path("<str:ags>/bearbeiten/", views.kommune_edit, name="kommune_edit"),
    path("<str:ags>/mitglieder/", views.kommune_members, name="kommune_members"),
    path("<str:ags>/beitreten/", views.membership_request, name="membership_request"),
    path(
        "<str:ags>/mitglieder/<int:pk>/entscheiden/",
        views.membership_decide,
        name="membership_decide",
    ),
    path("<str:ags>/mitglieder/<int:pk>/rolle/", views.membership_role, name="membership_role"),
    path("<str:ags>/einladungen/", views.invitation_create, name="invitation_create"),
    path(
        "<str:ags>/einladungen/<int:pk>/zurueckziehen/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        "<str:ags>/mitglieder/<int:pk>/entfernen/",
        views.membership_remove,
        name="membership_remove",
    ),
]
