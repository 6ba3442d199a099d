from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "trellis.projects"
    verbose_name = "Implementation projects"
