from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "trellis.monitoring"
    verbose_name = "Monitoring"

    def ready(self) -> None:
        from . import deliver, parts  # noqa: F401  registers the Deliver checks and their part
