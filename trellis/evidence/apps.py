from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "trellis.evidence"
    verbose_name = "Evidence"
