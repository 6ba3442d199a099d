from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("", views.index, name="index"),
    path("upload/", views.upload, name="upload"),
    path("template.csv", views.template_csv, name="template_csv"),
    path("template.xlsx", views.template_xlsx, name="template_xlsx"),
    path("<int:job_pk>/", views.job, name="job"),
    path("<int:job_pk>/confirm/", views.confirm, name="confirm"),
    path("<int:job_pk>/check-again/", views.check_again, name="check_again"),
    path("<int:job_pk>/cancel/", views.cancel, name="cancel"),
    path("<int:job_pk>/problems.csv", views.problems, name="problems"),
]
