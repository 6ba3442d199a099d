from django.urls import path

from . import views

app_name = "projects"
urlpatterns = [
    path("", views.portfolio, name="portfolio"),
    path("projects/new/", views.create, name="create"),
    path("projects/<int:project_pk>/", views.detail, name="detail"),
    path("projects/<int:project_pk>/edit/", views.edit, name="edit"),
    path("projects/<int:project_pk>/explore/", views.explore, name="explore"),
    path("projects/<int:project_pk>/explore/explore.xlsx", views.explore_download,
         name="explore_download"),
    path("projects/<int:project_pk>/history/", views.history, name="history"),
    path("projects/<int:project_pk>/phase/", views.change_phase, name="change_phase"),
    path("projects/<int:project_pk>/archive/", views.archive, name="archive"),
    path("projects/<int:project_pk>/team/add/", views.add_team_member, name="add_team_member"),
    path("projects/<int:project_pk>/team/<int:member_pk>/remove/", views.remove_team_member,
         name="remove_team_member"),
    path("projects/<int:project_pk>/checklists/<slug:phase>/", views.checklist,
         name="checklist"),
    path("projects/<int:project_pk>/checklists/<slug:phase>/<slug:item>/", views.answer,
         name="answer"),
]
