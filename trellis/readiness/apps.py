from django.apps import AppConfig


class ReadinessConfig(AppConfig):
    name = "trellis.readiness"
    verbose_name = "Readiness"

    def ready(self) -> None:
        from . import parts, rules, sections  # noqa: F401  registers part, rule, section
