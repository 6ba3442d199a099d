from django.urls import path

from . import views

app_name = "barriers"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("<int:barrier_pk>/edit/", views.edit, name="edit"),
    path("<int:barrier_pk>/remove/", views.remove, name="remove"),
]
