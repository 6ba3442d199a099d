from django.urls import path

from . import views

app_name = "evidence"
urlpatterns = [
    path("", views.evidence_list, name="list"),
    path("add/", views.add, name="add"),
    path("pie/", views.pie, name="pie"),
    path("download.csv", views.export_csv, name="export_csv"),
    path("download.xlsx", views.export_xlsx, name="export_xlsx"),
    path("<int:evidence_pk>/", views.detail, name="detail"),
    path("<int:evidence_pk>/edit/", views.edit, name="edit"),
    path("<int:evidence_pk>/remove/", views.remove, name="remove"),
    path("<int:evidence_pk>/file/", views.attachment, name="attachment"),
]
