from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "trellis.monitoring"
    verbose_name = "Monitoring"

    def ready(self) -> None:
        from . import deliver  # noqa: F401  registers the Deliver checks
