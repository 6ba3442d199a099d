"""The adaptations log: each change to how the approach is implemented,
whether it touches a core component, who decided, why, and what happened.

An adaptation touches a core component exactly when it names one, so the
two can never disagree: `touches_core` is worked out from the link."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.projects.models import Project


class Timing(models.TextChoices):
    PLANNED = "planned", "Planned"
    REACTIVE = "reactive", "Reactive"


class AdaptationQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "AdaptationQuerySet":
        return self.filter(project__organisation=organisation)

    def to_core_components(self) -> "AdaptationQuerySet":
        return self.filter(core_component__isnull=False)


class Adaptation(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="adaptations")
    what_changed = models.TextField("what changed", max_length=1000)
    # RESTRICT: a component with adaptations cannot be deleted on its own
    # (components are retired instead), but goes with its project.
    core_component = models.ForeignKey("plans.CoreComponent", on_delete=models.RESTRICT,
                                       null=True, blank=True, related_name="adaptations")
    planned = models.CharField("planned or reactive", max_length=10, choices=Timing.choices)
    decided_by = models.CharField("who decided", max_length=200)
    goal = models.TextField(max_length=1000)
    reason = models.TextField("contextual reason", max_length=1000)
    decided_on = models.DateField("date decided")
    outcome = models.TextField("what happened", max_length=2000, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = AdaptationQuerySet.as_manager()

    class Meta:
        ordering = ["-decided_on", "-pk"]

    def __str__(self) -> str:
        return self.what_changed

    @property
    def touches_core(self) -> bool:
        return self.core_component_id is not None
