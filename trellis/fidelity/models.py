"""Fidelity checks: for one delivery episode, how each core component of the
plan was delivered, recorded by the practitioner, a peer or a supervisor.

A check holds the date, the team or setting and who recorded it, never who
the child or family was: there is no field for it. Trellis turns the checks
into one fidelity measure per core component (see services.py)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.projects.models import Project


class Rating(models.TextChoices):
    AS_INTENDED = "as-intended", "Delivered as intended"
    PARTLY = "partly", "Partly delivered"
    NOT_DELIVERED = "not-delivered", "Not delivered"
    NOT_APPLICABLE = "not-applicable", "Not applicable"


class RecordedBy(models.TextChoices):
    PRACTITIONER = "practitioner", "The practitioner (self-check)"
    PEER = "peer", "A peer"
    SUPERVISOR = "supervisor", "A supervisor"


class FidelityCheckQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "FidelityCheckQuerySet":
        return self.filter(project__organisation=organisation)


class FidelityCheck(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="fidelity_checks")
    delivered_on = models.DateField("date of the episode")
    setting = models.CharField("team or setting", max_length=200)
    recorded_by = models.CharField("who is recording", max_length=20,
                                   choices=RecordedBy.choices)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = FidelityCheckQuerySet.as_manager()

    class Meta:
        ordering = ["-delivered_on", "-pk"]
        indexes = [models.Index(fields=["project", "delivered_on"])]

    def __str__(self) -> str:
        return f"{self.setting}, {self.delivered_on:%d %B %Y}"


class ComponentRatingQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "ComponentRatingQuerySet":
        return self.filter(fidelity_check__project__organisation=organisation)


class ComponentRating(models.Model):
    """How one core component was delivered in one episode."""

    fidelity_check = models.ForeignKey(FidelityCheck, on_delete=models.CASCADE,
                                       related_name="ratings")
    # RESTRICT: components are retired rather than deleted, so their checks
    # (and fidelity history) stay; they go with their project.
    core_component = models.ForeignKey("plans.CoreComponent", on_delete=models.RESTRICT,
                                       related_name="fidelity_ratings")
    rating = models.CharField(max_length=20, choices=Rating.choices)
    note = models.CharField(max_length=500, blank=True)

    objects = ComponentRatingQuerySet.as_manager()

    class Meta:
        ordering = ["core_component__position", "core_component__pk"]
        constraints = [
            models.UniqueConstraint(fields=["fidelity_check", "core_component"],
                                    name="fidelity_one_rating_per_component"),
        ]

    def __str__(self) -> str:
        return f"{self.core_component}: {self.get_rating_display()}"
