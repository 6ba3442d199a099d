"""Evidence items, each from one slice of the Evidence Pie."""

import secrets

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone

from trellis.framework.loader import get_framework
from trellis.projects.models import Project


def slice_choices() -> list[tuple[str, str]]:
    return [(s.slug, s.name) for s in get_framework().evidence_pie.slices]


class Confidence(models.TextChoices):
    LOW = "low", "Low"
    MODERATE = "moderate", "Moderate"
    HIGH = "high", "High"


def attachment_path(instance: "EvidenceItem", filename: str) -> str:
    # The stored name is random; the original name is kept in attachment_name.
    return f"evidence/{instance.project_id}/{secrets.token_hex(16)}"


class EvidenceItemQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "EvidenceItemQuerySet":
        return self.filter(project__organisation=organisation)


class EvidenceItem(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="evidence")
    slice = models.CharField("Evidence Pie slice", max_length=40, choices=slice_choices)
    title = models.CharField(max_length=200)
    finding = models.TextField("what it shows", max_length=5000)
    source = models.TextField("source or reference", max_length=2000, blank=True,
                              help_text="A citation, report name or where the data came from")
    link = models.URLField(max_length=500, blank=True,
                           validators=[URLValidator(schemes=["http", "https"])])
    period = models.CharField("date or period it covers", max_length=100, blank=True,
                              help_text="For example, '2024 to 2025' or 'March 2026'")
    source_group = models.CharField(
        "who it came from", max_length=200, blank=True,
        help_text="A group, such as 'kinship carers' consultation, 14 carers'. Never an "
                  "individual child's details",
    )
    confidence = models.CharField(max_length=10, choices=Confidence.choices)
    confidence_reason = models.TextField("reason for this confidence", max_length=2000,
                                         blank=True)
    attachment = models.FileField(upload_to=attachment_path, blank=True, max_length=200)
    attachment_name = models.CharField(max_length=200, blank=True)
    attachment_type = models.CharField(max_length=100, blank=True)
    attachment_size = models.PositiveIntegerField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = EvidenceItemQuerySet.as_manager()

    class Meta:
        ordering = ["slice", "title"]
        indexes = [models.Index(fields=["project", "slice"])]

    def __str__(self) -> str:
        return self.title
