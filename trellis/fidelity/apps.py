from django.apps import AppConfig


class FidelityConfig(AppConfig):
    name = "trellis.fidelity"
    verbose_name = "Fidelity"
