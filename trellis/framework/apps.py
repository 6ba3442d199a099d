from django.apps import AppConfig


class FrameworkConfig(AppConfig):
    name = "trellis.framework"
    verbose_name = "Framework guide"

    def ready(self) -> None:
        # Load and validate the shipped framework content now, so a malformed
        # data file stops start-up with a clear message instead of a broken page.
        from .loader import get_framework

        get_framework()
