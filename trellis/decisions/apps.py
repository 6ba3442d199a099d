from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "trellis.decisions"
    verbose_name = "Decision tool"

    def ready(self) -> None:
        from . import parts, rules  # noqa: F401  registers the snapshot part and rules
