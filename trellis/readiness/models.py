"""The readiness checklist: the practical preparations for implementation,
each with an owner and a status. One item per standard area; any number of
other preparations."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.projects.models import Project

from .snapshot import AREAS, OTHER


class Status(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    READY = "ready", "Ready"
    NOT_NEEDED = "not_needed", "Not needed"


class ReadinessItemQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "ReadinessItemQuerySet":
        return self.filter(project__organisation=organisation)


class ReadinessItem(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="readiness_items")
    area = models.CharField(max_length=20, choices=AREAS)
    description = models.CharField("what needs to be in place", max_length=500, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices,
                              default=Status.NOT_STARTED)
    note = models.TextField(max_length=2000, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ReadinessItemQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = "readiness item"
        constraints = [
            models.UniqueConstraint(fields=["project", "area"],
                                    condition=~models.Q(area=OTHER),
                                    name="one_readiness_item_per_standard_area"),
        ]

    def __str__(self) -> str:
        return self.description or self.get_area_display()
