"""The implementation plan's own parts (the seed's Figure 5) and its revisions."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.framework.loader import get_framework
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


def outcome_type_choices() -> list[tuple[str, str]]:
    return [(t.slug, t.name) for t in get_framework().outcomes.types]


def outcome_term_choices() -> list[tuple[str, str]]:
    return [(t.slug, t.name) for t in get_framework().outcomes.terms]


def outcome_audience_choices() -> list[tuple[str, str]]:
    return [(a.slug, a.name) for a in get_framework().outcomes.audiences]


class Perspective(models.TextChoices):
    """The points of view the seed asks the problem to be described from."""

    CHILDREN = "children-and-young-people", "Children and young people"
    FAMILIES = "parents-carers-families", "Parents, carers and families"
    PRACTITIONERS = "practitioners", "Practitioners"
    LEADERS = "leaders", "Leaders"


class PlanPartQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "PlanPartQuerySet":
        return self.filter(project__organisation=organisation)


class PlanPart(models.Model):
    """What every editable part of the plan carries: who made it, when, and a
    version so that a stale save is refused."""

    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = PlanPartQuerySet.as_manager()

    class Meta:
        abstract = True


class ProblemPerspective(PlanPart):
    """The need, described from one point of view, drawing on Explore evidence."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="problem_perspectives")
    perspective = models.CharField(max_length=40, choices=Perspective.choices)
    text = models.TextField("the need from this point of view", max_length=5000)
    evidence = models.ManyToManyField("evidence.EvidenceItem", blank=True,
                                      related_name="problem_perspectives")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "perspective"],
                                               name="one_problem_per_perspective")]

    def __str__(self) -> str:
        return f"{self.project}: {self.get_perspective_display()}"


class ImplementationOutcome(PlanPart):
    """How well implementation is going: one outcome of one type, by a term."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="implementation_outcomes")
    outcome_type = models.CharField("type of outcome", max_length=40,
                                    choices=outcome_type_choices)
    term = models.CharField(max_length=10, choices=outcome_term_choices)
    statement = models.TextField(max_length=1000)
    target = models.CharField(max_length=300, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.statement


class FinalOutcome(PlanPart):
    """What the change is for (and so?): an outcome for one audience."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="final_outcomes")
    audience = models.CharField("who it is for", max_length=40,
                                choices=outcome_audience_choices)
    statement = models.TextField(max_length=1000)
    how_measured = models.TextField("how it will be measured", max_length=2000, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.statement
