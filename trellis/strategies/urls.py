from django.urls import path

from . import views

app_name = "strategies"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("suggestions/", views.suggestions, name="suggestions"),
    path("matrix/", views.matrix, name="matrix"),
    path("<int:strategy_pk>/edit/", views.edit, name="edit"),
    path("<int:strategy_pk>/remove/", views.remove, name="remove"),
]
