from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "trellis.surveys"
    verbose_name = "Surveys"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  applies a new minimum to monitoring
