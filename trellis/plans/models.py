"""The implementation plan's own parts (the seed's Figure 5) and its revisions."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.projects.models import Project


class CoreComponentQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "CoreComponentQuerySet":
        return self.filter(project__organisation=organisation)

    def current(self) -> "CoreComponentQuerySet":
        return self.filter(retired_at__isnull=True)


class CoreComponent(models.Model):
    """What is being implemented, one essential element at a time: what it
    looks like done well (its fidelity indicator) and what is tight and loose."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="core_components")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=300)
    done_well = models.TextField("what it looks like when done well", max_length=3000,
                                 blank=True)
    must_stay_fixed = models.TextField("what must stay fixed (tight)", max_length=3000,
                                       blank=True)
    can_adapt = models.TextField("what can be adapted (loose)", max_length=3000, blank=True)
    retired_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = CoreComponentQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_retired(self) -> bool:
        return self.retired_at is not None


class PlanRevisionQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "PlanRevisionQuerySet":
        return self.filter(project__organisation=organisation)


class PlanRevision(models.Model):
    """The whole plan as it stood after one save: who, when, what changed.

    `content` is a document snapshot ({section slug: [items]}), written once and
    never edited, so any two revisions can be compared and the plan shown as
    it stood on any date even after the live records have changed."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="plan_revisions")
    number = models.PositiveIntegerField()
    summary = models.CharField("what changed", max_length=300)
    content = models.JSONField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    objects = PlanRevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["project", "number"],
                                               name="one_revision_number_per_project")]

    def __str__(self) -> str:
        return f"{self.project}: revision {self.number}"
