"""The engagement log: who was engaged, how, and what changed as a result
(the Engage behaviour of Recommendation 1)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.projects.models import Project


class Audience(models.TextChoices):
    # Another capability's rules read these values: do not rename them.
    PRACTITIONERS = "practitioners", "Practitioners"
    LEADERS = "leaders", "Leaders"
    PARTNERS = "partners", "Partners"
    CHILDREN_YOUNG_PEOPLE = "children_young_people", "Children and young people"
    PARENTS_CARERS = "parents_carers", "Parents and carers"


class Method(models.TextChoices):
    WORKSHOP = "workshop", "Workshop"
    SURVEY = "survey", "Survey"
    CONSULTATION = "consultation", "Consultation"
    CO_PRODUCTION = "co_production", "Co-production"
    OTHER = "other", "Other"


class EngagementActivityQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "EngagementActivityQuerySet":
        return self.filter(project__organisation=organisation)


class EngagementActivity(models.Model):
    """One occasion when people were engaged: a workshop, survey, consultation…"""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="engagement_activities")
    method = models.CharField("how were they engaged?", max_length=20, choices=Method.choices)
    held_on = models.DateField("date")
    people_count = models.PositiveIntegerField("how many people took part?")
    summary = models.TextField("what happened", max_length=5000)
    what_changed = models.TextField("what changed as a result", max_length=5000, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = EngagementActivityQuerySet.as_manager()

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name_plural = "engagement activities"
        indexes = [models.Index(fields=["project", "-held_on"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(people_count__gte=1),
                                   name="engagement_at_least_one_person"),
        ]

    def __str__(self) -> str:
        return f"{self.held_on.day} {self.held_on:%b %Y}: {self.get_method_display()}"

    @property
    def label(self) -> str:
        """How the activity is named when chosen as a source elsewhere."""
        summary = self.summary if len(self.summary) <= 80 else f"{self.summary[:79]}…"
        return f"{self} – {summary}"


class EngagementAudience(models.Model):
    """One group engaged in an activity; an activity may engage several."""

    activity = models.ForeignKey(EngagementActivity, on_delete=models.CASCADE,
                                 related_name="audiences")
    audience = models.CharField(max_length=30, choices=Audience.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["activity", "audience"],
                                    name="engagement_audience_once"),
            models.CheckConstraint(condition=models.Q(audience__in=Audience.values),
                                   name="engagement_audience_known"),
        ]

    def __str__(self) -> str:
        return self.get_audience_display()
