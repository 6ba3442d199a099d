"""Measures of a project, linked to an outcome of its plan, and one data point
per measure per period with the history of every change.

A proportion keeps its numerator and denominator and its value is always
numerator / denominator, so the two can never disagree. Every other kind keeps a
value only."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from trellis.evidence.models import slice_choices
from trellis.projects.models import Project

from .periods import Frequency as FrequencyName
from .periods import period_label


class Kind(models.TextChoices):
    COUNT = "count", "Count"
    PROPORTION = "proportion", "Proportion (numerator and denominator)"
    RATE = "rate", "Rate"
    AVERAGE = "average", "Average or score"


class Direction(models.TextChoices):
    """Named as the SPC engine names them."""

    UP = "up", "Higher is better"
    DOWN = "down", "Lower is better"
    NEITHER = "neither", "Neither"


class Frequency(models.TextChoices):
    WEEKLY = FrequencyName.WEEKLY.value, "Weekly"
    MONTHLY = FrequencyName.MONTHLY.value, "Monthly"
    QUARTERLY = FrequencyName.QUARTERLY.value, "Quarterly"


class ChartType(models.TextChoices):
    XMR = "xmr", "XmR chart"
    P = "p", "p-chart (proportions with varying denominators)"


class MeasureQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "MeasureQuerySet":
        return self.filter(project__organisation=organisation)


class Measure(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="measures")
    name = models.CharField(max_length=200)
    definition = models.TextField(max_length=2000, blank=True,
                                  help_text="What is counted, and what is included or left out.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    unit = models.CharField(max_length=50, blank=True,
                            help_text="For example: referrals, %, days, score out of 5.")
    direction = models.CharField("improvement direction", max_length=10,
                                 choices=Direction.choices)
    target = models.FloatField(null=True, blank=True,
                               help_text="For a proportion, give the target as a percentage.")
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    data_source = models.CharField("data source (Evidence Pie slice)", max_length=40,
                                   choices=slice_choices, blank=True)
    owner = models.CharField(max_length=200, blank=True)
    # A measure is linked to at most one outcome of the plan; an outcome that is
    # removed leaves its measures unlinked rather than taking their data with it.
    implementation_outcome = models.ForeignKey(
        "plans.ImplementationOutcome", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="measures")
    final_outcome = models.ForeignKey(
        "plans.FinalOutcome", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="measures")
    # Set when Trellis keeps the measure itself (fidelity to a core component,
    # a survey score): people can read and chart it but its data comes from there.
    core_component = models.ForeignKey(
        "plans.CoreComponent", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="fidelity_measures")
    source = models.CharField(max_length=20, blank=True, default="",
                              help_text="Empty for measures people enter; otherwise the "
                                        "part of Trellis that keeps the data.")
    chart_type = models.CharField("chart", max_length=10, choices=ChartType.choices,
                                  default=ChartType.XMR)
    baseline_until = models.DateField(
        "baseline ends", null=True, blank=True,
        help_text="Limits come from the periods up to this one and extend over later ones.")
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = MeasureQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["project", "name"],
                                    name="monitoring_measure_unique_name"),
            models.CheckConstraint(
                condition=Q(implementation_outcome__isnull=True) | Q(final_outcome__isnull=True),
                name="monitoring_measure_one_outcome"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_proportion(self) -> bool:
        return self.kind == Kind.PROPORTION

    @property
    def is_kept_by_trellis(self) -> bool:
        return bool(self.source)


class Recalculation(models.Model):
    """Limits are worked out afresh from this period on (a change to the system)."""

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE,
                                related_name="recalculations")
    period = models.DateField("from the period starting")
    reason = models.CharField(max_length=300)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["period"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "period"],
                                    name="monitoring_recalculation_unique_period"),
        ]

    def __str__(self) -> str:
        return f"{self.measure}: recalculated from {self.period}"


class DataPointQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "DataPointQuerySet":
        return self.filter(measure__project__organisation=organisation)


class DataPoint(models.Model):
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="points")
    period = models.DateField(help_text="The first day of the period.")
    value = models.FloatField()
    numerator = models.FloatField(null=True, blank=True)
    denominator = models.FloatField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True)
    version = models.PositiveIntegerField(default=1)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    entered_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = DataPointQuerySet.as_manager()

    class Meta:
        ordering = ["period"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "period"],
                                    name="monitoring_datapoint_unique_period"),
        ]

    def __str__(self) -> str:
        return f"{self.measure}: {self.period_label}"

    @property
    def period_label(self) -> str:
        return period_label(self.period, self.measure.frequency)


class Change(models.TextChoices):
    ADDED = "added", "Added"
    CHANGED = "changed", "Changed"
    REMOVED = "removed", "Removed"


class DataPointChangeQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "DataPointChangeQuerySet":
        return self.filter(measure__project__organisation=organisation)


class DataPointChange(models.Model):
    """Who changed which period's figure, when, and what it was before. Kept when the
    point itself is removed."""

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="changes")
    period = models.DateField()
    change = models.CharField(max_length=10, choices=Change.choices)
    old_value = models.FloatField(null=True, blank=True)
    old_numerator = models.FloatField(null=True, blank=True)
    old_denominator = models.FloatField(null=True, blank=True)
    old_note = models.CharField(max_length=500, blank=True)
    new_value = models.FloatField(null=True, blank=True)
    new_numerator = models.FloatField(null=True, blank=True)
    new_denominator = models.FloatField(null=True, blank=True)
    new_note = models.CharField(max_length=500, blank=True)
    via = models.CharField(max_length=100, blank=True,
                           help_text="How the change was made, for example an import's file name.")
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    changed_at = models.DateTimeField(default=timezone.now)

    objects = DataPointChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-changed_at", "-pk"]
        indexes = [models.Index(fields=["measure", "period"])]

    def __str__(self) -> str:
        return f"{self.measure}: {self.period} {self.change}"
