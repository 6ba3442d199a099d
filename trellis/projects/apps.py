from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "trellis.projects"
    verbose_name = "Implementation projects"

    def ready(self) -> None:
        from . import rules  # noqa: F401  registers the critical-friend rules
