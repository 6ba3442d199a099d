from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "trellis.imports"
    verbose_name = "Imports"
