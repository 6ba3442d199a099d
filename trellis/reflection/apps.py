from django.apps import AppConfig


class ReflectionConfig(AppConfig):
    name = "trellis.reflection"
    verbose_name = "Reflection"
