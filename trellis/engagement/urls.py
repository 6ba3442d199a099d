from django.urls import path

from . import views

app_name = "engagement"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("<int:engagement_pk>/edit/", views.edit, name="edit"),
    path("<int:engagement_pk>/remove/", views.remove, name="remove"),
]
