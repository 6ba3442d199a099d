from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "trellis.core"
    verbose_name = "Layout and form rendering"
