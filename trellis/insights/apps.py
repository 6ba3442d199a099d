from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "trellis.insights"
    verbose_name = "Critical friend"
