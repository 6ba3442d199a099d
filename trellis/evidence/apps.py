from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "trellis.evidence"
    verbose_name = "Evidence"

    def ready(self) -> None:
        from . import rules  # noqa: F401  registers the rules
