from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "trellis.monitoring"
    verbose_name = "Monitoring"
