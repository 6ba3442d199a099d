from django.apps import AppConfig


class BarriersConfig(AppConfig):
    name = "trellis.barriers"
    verbose_name = "Barriers and enablers"

    def ready(self) -> None:
        from . import parts, rules  # noqa: F401  registers the snapshot part and rules
