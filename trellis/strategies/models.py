"""Implementation strategies: how the approach will be implemented (the "how"
column of the seed's Figure 5), each linked to the barriers it addresses and
the core components it supports."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.projects.models import Phase, Project

from .kinds import CATEGORIES, LEVELS


class StrategyQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "StrategyQuerySet":
        return self.filter(project__organisation=organisation)


class Strategy(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="strategies")
    name = models.CharField(max_length=200)
    description = models.TextField(max_length=3000, blank=True)
    category = models.CharField(max_length=40, choices=CATEGORIES)
    level = models.CharField("who it is aimed at", max_length=20, choices=LEVELS)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="+")
    phase = models.CharField("when", max_length=10, choices=Phase.choices)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    barriers = models.ManyToManyField("barriers.BarrierEnabler", blank=True,
                                      related_name="strategies")
    core_components = models.ManyToManyField("plans.CoreComponent", blank=True,
                                             related_name="strategies")
    # The library entry it was started from, if any: suggestions skip it.
    library_slug = models.SlugField(max_length=80, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    updated_at = models.DateTimeField(default=timezone.now)

    objects = StrategyQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name_plural = "strategies"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start_date__isnull=True) | models.Q(end_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="strategy_ends_after_it_starts",
                violation_error_message="The end date must be on or after the start date",
            ),
        ]

    def __str__(self) -> str:
        return self.name
