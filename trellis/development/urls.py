from django.urls import path

from . import views

app_name = "development"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("<int:pd_activity_pk>/edit/", views.edit, name="edit"),
    path("<int:pd_activity_pk>/remove/", views.remove, name="remove"),
]
