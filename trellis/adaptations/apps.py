from django.apps import AppConfig


class AdaptationsConfig(AppConfig):
    name = "trellis.adaptations"
    verbose_name = "Adaptations"

    def ready(self) -> None:
        from . import parts, rules, sections  # noqa: F401  registers part, rule, section
