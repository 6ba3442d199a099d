from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "trellis.organisations"
    verbose_name = "Organisations and people"
