from django.urls import path

from . import views

app_name = "readiness"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("<int:readiness_item_pk>/edit/", views.edit, name="edit"),
    path("<int:readiness_item_pk>/remove/", views.remove, name="remove"),
]
