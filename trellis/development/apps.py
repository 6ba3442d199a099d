from django.apps import AppConfig


class DevelopmentConfig(AppConfig):
    name = "trellis.development"
