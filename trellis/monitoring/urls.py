from django.urls import path

from . import views

app_name = "monitoring"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("<int:measure_pk>/", views.measure, name="measure"),
    path("<int:measure_pk>/edit/", views.edit, name="edit"),
    path("<int:measure_pk>/remove/", views.remove, name="remove"),
    path("<int:measure_pk>/chart.svg", views.chart_svg, name="chart_svg"),
    path("<int:measure_pk>/chart.png", views.chart_png, name="chart_png"),
    path("<int:measure_pk>/data.csv", views.export_csv, name="export_csv"),
    path("<int:measure_pk>/data.xlsx", views.export_xlsx, name="export_xlsx"),
    path("<int:measure_pk>/data/", views.data, name="data"),
    path("<int:measure_pk>/data/<int:point_pk>/", views.correct, name="correct"),
    path("<int:measure_pk>/data/<int:point_pk>/remove/", views.remove_point,
         name="remove_point"),
    path("<int:measure_pk>/history/", views.history, name="history"),
    path("<int:measure_pk>/recalculations/add/", views.add_recalculation,
         name="add_recalculation"),
    path("<int:measure_pk>/recalculations/<int:recalculation_pk>/remove/",
         views.remove_recalculation, name="remove_recalculation"),
]
