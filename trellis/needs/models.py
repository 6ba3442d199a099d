"""What the project has found out about its need: the root causes behind it,
each linked to the evidence that supports it, and notes on what is already
going on (current practice, the beliefs behind it and the contextual factors
shaping it)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.projects.models import Project


class RootCauseQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "RootCauseQuerySet":
        return self.filter(project__organisation=organisation)


class RootCause(models.Model):
    """A cause the team thinks lies behind the presenting need. One with no
    linked evidence is a hunch."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="root_causes")
    statement = models.CharField("root cause", max_length=300)
    explanation = models.TextField("why you think this", max_length=5000, blank=True)
    evidence = models.ManyToManyField("evidence.EvidenceItem", blank=True,
                                      related_name="root_causes")
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = RootCauseQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.statement


class PracticeKind(models.TextChoices):
    CURRENT_PRACTICE = "current_practice", "Current practice"
    BELIEF_OR_VALUE = "belief_or_value", "Belief or value"
    CONTEXTUAL_FACTOR = "contextual_factor", "Contextual factor"


class PracticeNoteQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "PracticeNoteQuerySet":
        return self.filter(project__organisation=organisation)


class PracticeNote(models.Model):
    """Something about what is already going on in relation to the need."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="practice_notes")
    kind = models.CharField(max_length=20, choices=PracticeKind.choices)
    description = models.TextField(max_length=2000)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = PracticeNoteQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["project", "kind"])]

    def __str__(self) -> str:
        return self.description[:60]
