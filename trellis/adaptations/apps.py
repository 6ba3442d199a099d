from django.apps import AppConfig


class AdaptationsConfig(AppConfig):
    name = "trellis.adaptations"
