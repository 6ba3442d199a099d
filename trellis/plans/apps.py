from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "trellis.plans"
    verbose_name = "Implementation plans"

    def ready(self) -> None:
        # Registers the plan's own sections, its snapshot part and its rules.
        from . import parts, rules, serialisers  # noqa: F401
