"""The decision tool: candidate approaches, their appraisals, and decisions.

Appraisals: one current row per candidate and criterion. Re-appraising
updates that row, with a version check so two people appraising at once do
not overwrite each other; the audit trail keeps who changed which rating and
when. Decisions are different: they are history, so each is a new row that is
never edited, and a later decision never overwrites an earlier one."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.utils import timezone

from trellis.projects.models import Project

from . import criteria

LINK_MESSAGE = "Enter a web address starting with http:// or https://"


class Origin(models.TextChoices):
    EVIDENCE_RATED = "evidence_rated", "Evidence-rated programme"
    LOCAL = "local", "Locally developed approach"
    ADAPTED = "adapted", "Adapted from elsewhere"
    OTHER = "other", "Other"


class CandidateQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "CandidateQuerySet":
        return self.filter(project__organisation=organisation)


class Candidate(models.Model):
    """An approach the project is considering implementing."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="candidates")
    name = models.CharField(max_length=200)
    description = models.TextField(max_length=5000, blank=True)
    origin = models.CharField("where it comes from", max_length=20, choices=Origin.choices)
    link = models.URLField(max_length=500, blank=True,
                           validators=[URLValidator(schemes=["http", "https"],
                                                    message=LINK_MESSAGE)])
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = CandidateQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class AppraisalQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "AppraisalQuerySet":
        return self.filter(candidate__project__organisation=organisation)


class Appraisal(models.Model):
    """The current rating of one candidate against one criterion."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE,
                                  related_name="appraisals")
    criterion = models.CharField(max_length=40, choices=criteria.choices)
    rating = models.PositiveSmallIntegerField(validators=[
        MinValueValidator(criteria.RATING_MIN), MaxValueValidator(criteria.RATING_MAX)])
    rationale = models.TextField(max_length=5000)
    evidence = models.ManyToManyField("evidence.EvidenceItem", blank=True,
                                      related_name="appraisals")
    version = models.PositiveIntegerField(default=1)
    appraised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, related_name="+")
    appraised_at = models.DateTimeField(default=timezone.now)

    objects = AppraisalQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["candidate", "criterion"],
                                    name="one_appraisal_per_criterion"),
            models.CheckConstraint(
                condition=models.Q(rating__gte=criteria.RATING_MIN,
                                   rating__lte=criteria.RATING_MAX),
                name="appraisal_rating_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.candidate}: {self.criterion} = {self.rating}"

    @property
    def criterion_info(self) -> criteria.Criterion:
        return criteria.criterion(self.criterion)


class Outcome(models.TextChoices):
    PROCEED = "proceed", "Proceed with a candidate"
    NOT_PROCEED = "not_proceed", "Not proceed"


class DecisionQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "DecisionQuerySet":
        return self.filter(project__organisation=organisation)


class Decision(models.Model):
    """Immutable: what was decided, why, by whom and when."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="decisions")
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    # RESTRICT: a chosen candidate cannot be removed on its own, but goes with
    # its project.
    candidate = models.ForeignKey(Candidate, on_delete=models.RESTRICT, null=True, blank=True,
                                  related_name="decisions")
    # The chosen approach's name when the decision was made; the candidate may
    # be renamed later, the record should not change.
    candidate_name = models.CharField(max_length=200, blank=True)
    rationale = models.TextField(max_length=5000)
    participants = models.TextField("who took part", max_length=2000)
    decided_on = models.DateField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        ordering = ["-decided_on", "-recorded_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(outcome="proceed", candidate__isnull=False)
                           | models.Q(outcome="not_proceed", candidate__isnull=True)),
                name="candidate_only_when_proceeding",
            )
        ]

    def __str__(self) -> str:
        return f"{self.project}: {self.summary}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise ValueError("A recorded decision is never changed; record a new one instead")
        super().save(*args, **kwargs)

    @property
    def summary(self) -> str:
        if self.outcome == Outcome.PROCEED:
            return f"Proceed with {self.candidate_name}"
        return "Not proceed with any of the candidate approaches"
