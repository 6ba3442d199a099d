"""The professional development plan: activities, each using some of the
framework's 14 mechanisms of effective professional development."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.framework.loader import get_framework
from trellis.projects.models import Project


def mechanism_choices() -> list[tuple[str, str]]:
    return [(m.slug, m.name) for m in get_framework().all_pd_mechanisms()]


class Kind(models.TextChoices):
    TRAINING = "training", "Training"
    COACHING = "coaching", "Coaching"
    SUPERVISION = "supervision", "Supervision"
    PEER_LEARNING = "peer_learning", "Peer learning"
    MODELLING = "modelling", "Modelling or observation"
    E_LEARNING = "e_learning", "E-learning"
    OTHER = "other", "Other"


class PdActivityQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "PdActivityQuerySet":
        return self.filter(project__organisation=organisation)


class PdActivity(models.Model):
    """One professional development activity in the plan. `follow_on_of`
    names the activity it reinforces, e.g. coaching after a training course."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="pd_activities")
    name = models.CharField(max_length=200)
    kind = models.CharField("type of activity", max_length=20, choices=Kind.choices)
    audience = models.CharField("who it is for", max_length=300, blank=True)
    starts_on = models.DateField("start date", null=True, blank=True)
    ends_on = models.DateField("end date", null=True, blank=True)
    follow_on_of = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="follow_ons",
                                     verbose_name="follow-on support for")
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = PdActivityQuerySet.as_manager()

    class Meta:
        ordering = [models.F("starts_on").asc(nulls_last=True), "name", "pk"]
        verbose_name = "professional development activity"
        verbose_name_plural = "professional development activities"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_on__isnull=True) | models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="pd_activity_ends_after_it_starts",
                violation_error_message="End date must be the same as or after the start date",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class PdMechanismUse(models.Model):
    """One mechanism (a framework slug) that an activity uses."""

    activity = models.ForeignKey(PdActivity, on_delete=models.CASCADE,
                                 related_name="mechanisms")
    mechanism = models.CharField(max_length=40, choices=mechanism_choices)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["activity", "mechanism"],
                                               name="pd_mechanism_once_per_activity")]

    def __str__(self) -> str:
        return f"{self.activity}: {self.get_mechanism_display()}"
