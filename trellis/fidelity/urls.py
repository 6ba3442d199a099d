from django.urls import path

from . import views

app_name = "fidelity"
urlpatterns = [
    path("", views.index, name="index"),
    path("checks/", views.checks, name="checks"),
    path("checks/add/", views.add, name="add"),
    path("checks/<int:check_pk>/edit/", views.edit, name="edit"),
    path("checks/<int:check_pk>/remove/", views.remove, name="remove"),
]
