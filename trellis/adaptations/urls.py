from django.urls import path

from . import views

app_name = "adaptations"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("<int:adaptation_pk>/edit/", views.edit, name="edit"),
    path("<int:adaptation_pk>/remove/", views.remove, name="remove"),
]
