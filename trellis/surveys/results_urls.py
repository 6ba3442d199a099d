"""Survey results, exports and scores over time (in the "surveys" namespace)."""

from django.urls import path

from .views import results

ROUND = "rounds/<int:round_pk>/"
urlpatterns = [
    path(ROUND + "results/", results.round_results, name="results"),
    path(ROUND + "results/hide/", results.hide_answer, name="hide_answer"),
    path(ROUND + "results/monitoring/", results.refresh_measures, name="refresh_measures"),
    path(ROUND + "results.csv", results.export_results, {"fmt": "csv"}, name="results_csv"),
    path(ROUND + "results.xlsx", results.export_results, {"fmt": "xlsx"},
         name="results_xlsx"),
    path(ROUND + "responses.csv", results.export_responses, {"fmt": "csv"},
         name="responses_csv"),
    path(ROUND + "responses.xlsx", results.export_responses, {"fmt": "xlsx"},
         name="responses_xlsx"),
    path("scores/", results.over_time, name="scores"),
]
