from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    name = "trellis.strategies"
