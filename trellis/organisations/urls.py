from django.urls import path

from . import views

app_name = "organisations"
urlpatterns = [
    path("", views.detail, name="detail"),
    path("settings/", views.settings_page, name="settings"),
    path("invite/", views.invite, name="invite"),
    path("switch/", views.switch, name="switch"),
    path("members/<int:membership_pk>/role/", views.change_role, name="change_role"),
    path("members/<int:membership_pk>/remove/", views.remove_member, name="remove_member"),
    path("invitations/<int:invitation_pk>/withdraw/", views.revoke_invitation,
         name="revoke_invitation"),
]
