from django.urls import path

from . import views

app_name = "decisions"
urlpatterns = [
    path("", views.index, name="index"),
    path("candidates/add/", views.add_candidate, name="add_candidate"),
    path("candidates/<int:candidate_pk>/", views.candidate, name="candidate"),
    path("candidates/<int:candidate_pk>/edit/", views.edit_candidate, name="edit_candidate"),
    path("candidates/<int:candidate_pk>/remove/", views.remove_candidate,
         name="remove_candidate"),
    path("candidates/<int:candidate_pk>/appraise/<slug:criterion_slug>/", views.appraise,
         name="appraise"),
    path("compare/", views.compare, name="compare"),
    path("compare/download.csv", views.compare_csv, name="compare_csv"),
    path("compare/download.xlsx", views.compare_xlsx, name="compare_xlsx"),
    path("record/", views.record_decision, name="record_decision"),
]
