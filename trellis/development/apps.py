from django.apps import AppConfig


class DevelopmentConfig(AppConfig):
    name = "trellis.development"
    verbose_name = "Professional development"

    def ready(self) -> None:
        from . import parts, rules, sections  # noqa: F401  registers part, rules, section
