from django.apps import AppConfig


class NeedsConfig(AppConfig):
    name = "trellis.needs"
    verbose_name = "Needs and current practice"

    def ready(self) -> None:
        from . import parts, rules  # noqa: F401  registers the snapshot part and rules
