"""An import of measures' data from a file, what it found and what it did.

A job moves: queued -> checking -> problems | ready; ready -> confirmed -> writing ->
done. It can fail (a file that cannot be read, a worker stopped part way) or be
cancelled, and every move is a conditional update from the state it expects, so two
people (or a person and the worker) never both move it."""

from collections.abc import Iterable

from django.conf import settings
from django.db import models
from django.utils import timezone

from trellis.monitoring.models import Measure
from trellis.projects.models import Project


class Status(models.TextChoices):
    QUEUED = "queued", "Waiting to be checked"
    CHECKING = "checking", "Checking"
    PROBLEMS = "problems", "Problems found"
    READY = "ready", "Ready to import"
    CONFIRMED = "confirmed", "Waiting to be imported"
    WRITING = "writing", "Importing"
    DONE = "done", "Imported"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


# Someone or something is still working on these.
ACTIVE = (Status.QUEUED, Status.CHECKING, Status.CONFIRMED, Status.WRITING)
# These wait for a person to decide.
AWAITING = (Status.PROBLEMS, Status.READY)
FINISHED = (Status.DONE, Status.FAILED, Status.CANCELLED)


class ImportJobQuerySet(models.QuerySet):
    def for_organisation(self, organisation) -> "ImportJobQuerySet":
        return self.filter(project__organisation=organisation)


class ImportJob(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="imports")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    file_name = models.CharField(max_length=200)
    file_size = models.PositiveBigIntegerField(default=0)
    file_kind = models.CharField(max_length=40, blank=True,
                                 help_text="What the file turned out to be, by its content.")
    # The job's own folder in the default storage (outside the web root), holding the
    # uploaded file while the job needs it, the full list of problems while the job
    # waits for a decision, and the worker's progress. Each name is emptied once its
    # file is removed.
    folder = models.CharField(max_length=200, blank=True)
    upload_name = models.CharField(max_length=200, blank=True)
    problems_name = models.CharField(max_length=200, blank=True)
    replace_existing = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    rows = models.PositiveIntegerField(default=0)
    added = models.PositiveIntegerField(default=0)
    replaced = models.PositiveIntegerField(default=0)
    problem_count = models.PositiveIntegerField(default=0)
    note_count = models.PositiveIntegerField(default=0)
    clash_count = models.PositiveIntegerField(
        default=0, help_text="Periods that already have a figure, not chosen to be replaced.")
    message = models.CharField(max_length=500, blank=True,
                               help_text="Why the job failed or was cancelled.")
    checked_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "updated_at"])]

    def __str__(self) -> str:
        return f"Import of {self.file_name}"

    def move(self, expected: Iterable[str], status: str, **values) -> bool:
        """Move to `status` only if the job is still in one of the `expected` states (as
        saved, not as held here); True when it moved. Updates this object too."""
        values.update(status=status, updated_at=timezone.now())
        moved = type(self).objects.filter(pk=self.pk, status__in=list(expected)).update(**values)
        if moved:
            for name, value in values.items():
                setattr(self, name, value)
        return bool(moved)

    @property
    def via(self) -> str:
        """How figures it wrote are described in their history."""
        return f"import of {self.file_name}"[:100]

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED


class Severity(models.TextChoices):
    ERROR = "error", "Problem"
    NOTE = "note", "Note"


class ImportProblem(models.Model):
    """One of the first problems (or notes) found in a file; the full list is a file
    beside the upload while the job waits for a decision."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="problems")
    row = models.PositiveIntegerField()
    column = models.CharField(max_length=60, blank=True)
    message = models.CharField(max_length=500)
    severity = models.CharField(max_length=5, choices=Severity.choices, default=Severity.ERROR)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"Row {self.row}: {self.message}"


class ImportedMeasure(models.Model):
    """What a job holds (once checked) or wrote (once done) for one measure."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="measures")
    measure = models.ForeignKey(Measure, on_delete=models.SET_NULL, null=True,
                                related_name="+")
    name = models.CharField(max_length=200, help_text="The measure's name at the time.")
    added = models.PositiveIntegerField(default=0)
    replaced = models.PositiveIntegerField(default=0)
    first_period = models.DateField(null=True)
    last_period = models.DateField(null=True)

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return f"{self.job}: {self.name}"
