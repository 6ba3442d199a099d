from django.apps import AppConfig


class EngagementConfig(AppConfig):
    name = "trellis.engagement"
    verbose_name = "Engagement"

    def ready(self) -> None:
        from . import parts, rules  # noqa: F401  registers the snapshot part and rules
