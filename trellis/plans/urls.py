from django.urls import path

from . import views

app_name = "plans"
urlpatterns = [
    path("", views.detail, name="detail"),
    path("print/", views.print_plan, name="print"),
    path("plan.docx", views.export_docx, name="export_docx"),
    path("revisions/", views.revisions, name="revisions"),
    path("revisions/<int:revision_number>/", views.revision, name="revision"),
    path("as-of/", views.as_of, name="as_of"),
    path("compare/", views.compare, name="compare"),
    path("problem/", views.problem, name="problem"),
    path("problem/<slug:perspective>/", views.edit_problem, name="edit_problem"),
    path("components/", views.components, name="components"),
    path("components/add/", views.add_component, name="add_component"),
    path("components/reorder/", views.reorder_components, name="reorder_components"),
    path("components/<int:component_pk>/", views.edit_component, name="edit_component"),
    path("components/<int:component_pk>/retire/", views.retire_component,
         name="retire_component"),
    path("components/<int:component_pk>/restore/", views.restore_component,
         name="restore_component"),
    path("components/<int:component_pk>/move/", views.move_component, name="move_component"),
    path("outcomes/", views.outcomes, name="outcomes"),
    path("outcomes/add/", views.add_outcome, name="add_outcome"),
    path("outcomes/<int:outcome_pk>/", views.edit_outcome, name="edit_outcome"),
    path("outcomes/<int:outcome_pk>/remove/", views.remove_outcome, name="remove_outcome"),
    path("final-outcomes/", views.final_outcomes, name="final_outcomes"),
    path("final-outcomes/add/", views.add_final_outcome, name="add_final_outcome"),
    path("final-outcomes/<int:final_outcome_pk>/", views.edit_final_outcome,
         name="edit_final_outcome"),
    path("final-outcomes/<int:final_outcome_pk>/remove/", views.remove_final_outcome,
         name="remove_final_outcome"),
]
