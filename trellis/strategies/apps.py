from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    name = "trellis.strategies"
    verbose_name = "Implementation strategies"

    def ready(self) -> None:
        from . import parts, rules, sections  # noqa: F401  registers part, rules and section
