"""Implementation projects, their teams, phase history and checklist answers."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.organisations.models import Organisation


class Phase(models.TextChoices):
    EXPLORE = "explore", "Explore"
    PREPARE = "prepare", "Prepare"
    DELIVER = "deliver", "Deliver"
    SUSTAIN = "sustain", "Sustain"


class Status(models.TextChoices):
    ACTIVE = "active", "Active"
    PAUSED = "paused", "Paused"
    CLOSED = "closed", "Closed"


class Outcome(models.TextChoices):
    SUSTAINED = "sustained", "Sustained"
    SCALED = "scaled", "Scaled"
    DE_IMPLEMENTED = "de_implemented", "De-implemented"


class TeamRole(models.TextChoices):
    LEAD = "lead", "Implementation lead"
    SPONSOR = "sponsor", "Senior sponsor"
    TEAM = "team", "Implementation team member"
    CHAMPION = "champion", "Champion"
    PRACTITIONER = "practitioner", "Practitioner"
    LIVED_EXPERIENCE = "lived_experience", "Lived-experience representative"
    PARTNER = "partner", "Partner"


class ProjectQuerySet(models.QuerySet):
    def for_organisation(self, organisation: Organisation) -> "ProjectQuerySet":
        return self.filter(organisation=organisation)

    def current(self) -> "ProjectQuerySet":
        return self.filter(archived_at__isnull=True)

    def lead_names(self) -> dict[int, list[str]]:
        """{project pk: [implementation leads' names]} in one query, without
        building model instances (the portfolio lists hundreds of projects)."""
        names: dict[int, list[str]] = {}
        rows = (TeamMember.objects.filter(role=TeamRole.LEAD, project__in=self.values("pk"))
                .order_by("user__name").values_list("project_id", "user__name", "user__email"))
        for project_id, name, email in rows:
            names.setdefault(project_id, []).append(name or email)
        return names


def review_is_overdue(next_review_date, status: str, today) -> bool:
    """A review date in the past is overdue, unless the project has closed."""
    return next_review_date is not None and next_review_date < today and status != Status.CLOSED


class Project(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="projects"
    )
    title = models.CharField(max_length=200)
    approach = models.CharField(
        "approach being implemented", max_length=300, blank=True,
        help_text="The programme, practice or service change, for example "
                  "'Family Group Conferences'",
    )
    need = models.TextField(
        "child and family need", blank=True,
        help_text="The need it addresses, in a sentence or two",
    )
    target_population = models.TextField(
        "target population", blank=True,
        help_text="Who the service or intervention is for, for example 'informal kinship "
                  "carers of children under 11'",
    )
    phase = models.CharField(max_length=10, choices=Phase.choices, default=Phase.EXPLORE)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    start_date = models.DateField(null=True, blank=True)
    next_review_date = models.DateField(null=True, blank=True)
    archived_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["organisation", "phase"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="closed") | models.Q(outcome=""),
                name="outcome_only_when_closed",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    def review_overdue(self, today=None) -> bool:
        return review_is_overdue(self.next_review_date, self.status,
                                 today or timezone.localdate())


class TeamMember(models.Model):
    """A person who enables change on this project, in one project role."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="team")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="project_roles"
    )
    role = models.CharField(max_length=20, choices=TeamRole.choices)
    responsibilities = models.CharField(max_length=300, blank=True)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["role", "user__name"]
        constraints = [
            models.UniqueConstraint(fields=["project", "user", "role"], name="one_role_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()}"


class PhaseChange(models.Model):
    """Immutable: who moved the project from which phase to which, and why."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="phase_changes")
    from_phase = models.CharField(max_length=10, choices=Phase.choices, blank=True)
    to_phase = models.CharField(max_length=10, choices=Phase.choices)
    reason = models.TextField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.project}: {self.from_phase or 'start'} to {self.to_phase}"


class Answer(models.TextChoices):
    YES = "yes", "Yes"
    PARTLY = "partly", "Partly"
    NO = "no", "No"
    NOT_YET = "not_yet", "Not yet"


class ChecklistAnswer(models.Model):
    """One answer to one checklist question. Answers are never edited: a new
    answer is a new row, so the history of who said what, when, is kept."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="checklist_answers"
    )
    phase = models.CharField(max_length=10, choices=Phase.choices)
    item = models.SlugField(max_length=80, help_text="Checklist item slug from the guide")
    answer = models.CharField(max_length=10, choices=Answer.choices)
    note = models.TextField(blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-answered_at", "-pk"]
        indexes = [models.Index(fields=["project", "item", "-answered_at"])]

    def __str__(self) -> str:
        return f"{self.project}: {self.item} = {self.answer}"
