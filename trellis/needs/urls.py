from django.urls import path

from . import views

app_name = "needs"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("triangulation/", views.triangulation, name="triangulation"),
    path("root-causes/add/", views.add_root_cause, name="add_root_cause"),
    path("root-causes/<int:root_cause_pk>/edit/", views.edit_root_cause,
         name="edit_root_cause"),
    path("root-causes/<int:root_cause_pk>/remove/", views.remove_root_cause,
         name="remove_root_cause"),
    path("current-practice/add/", views.add_practice_note, name="add_practice_note"),
    path("current-practice/<int:practice_note_pk>/edit/", views.edit_practice_note,
         name="edit_practice_note"),
    path("current-practice/<int:practice_note_pk>/remove/", views.remove_practice_note,
         name="remove_practice_note"),
]
