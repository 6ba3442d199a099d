from django.urls import path

from . import views

app_name = "reflection"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("<int:review_pk>/edit/", views.edit, name="edit"),
    path("<int:review_pk>/remove/", views.remove, name="remove"),
    path("<int:review_pk>/actions/add/", views.add_action, name="add_action"),
    path("actions/", views.actions, name="actions"),
    path("actions/<int:action_pk>/edit/", views.edit_action, name="edit_action"),
    path("actions/<int:action_pk>/status/", views.action_status, name="action_status"),
    path("actions/<int:action_pk>/remove/", views.remove_action, name="remove_action"),
]
