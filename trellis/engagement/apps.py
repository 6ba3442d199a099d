from django.apps import AppConfig


class EngagementConfig(AppConfig):
    name = "trellis.engagement"
