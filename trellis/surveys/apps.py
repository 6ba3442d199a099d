from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "trellis.surveys"
    verbose_name = "Surveys"
