"""What the imports pages show, worked out here so templates stay plain."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone

from trellis.core.words import counted
from trellis.monitoring.periods import period_label

from . import files, progress
from .models import ImportedMeasure, ImportJob, ImportProblem, Severity, Status
from .services import can_check_again

REFRESH_SECONDS = 5
SLOW_TO_START = timedelta(minutes=1)

TAGS = {
    Status.QUEUED: ("Waiting", "grey"),
    Status.CHECKING: ("Checking", "blue"),
    Status.PROBLEMS: ("Problems found", "red"),
    Status.READY: ("Ready to import", "turquoise"),
    Status.CONFIRMED: ("Importing", "blue"),
    Status.WRITING: ("Importing", "blue"),
    Status.DONE: ("Imported", "green"),
    Status.FAILED: ("Failed", "red"),
    Status.CANCELLED: ("Cancelled", "grey"),
}


def person(user) -> str:
    return (user.name or user.email) if user is not None else "someone no longer here"


def outcome(job: ImportJob) -> str:
    """One line on what the job found or did."""
    status = job.status
    if status == Status.PROBLEMS:
        return (f"{counted(job.problem_count, 'problem')} in "
                f"{counted(job.rows, 'row')}; nothing was imported")
    if status == Status.READY:
        return (f"{counted(job.rows, 'row')} checked: {counted(job.added, 'new figure')}, "
                f"{counted(job.replaced, 'figure')} replacing one already recorded")
    if status == Status.DONE:
        return (f"Imported {counted(job.added, 'new figure')} and replaced "
                f"{counted(job.replaced, 'figure')}")
    if status in (Status.FAILED, Status.CANCELLED):
        return job.message or "Nothing was imported"
    if status in (Status.QUEUED, Status.CHECKING):
        return "Being checked"
    return "Being imported"


@dataclass(frozen=True)
class HistoryRow:
    job: ImportJob
    url: str
    tag: str
    colour: str
    who: str
    outcome: str


def history(project_pk: int, jobs) -> list[HistoryRow]:
    rows = []
    for job in jobs:
        text, colour = TAGS[job.status]
        who = person(job.created_by)
        rows.append(HistoryRow(job, reverse("imports:job", args=[project_pk, job.pk]), text,
                               colour, who, outcome(job)))
    return rows


@dataclass(frozen=True)
class MeasureRow:
    name: str
    url: str
    added: int
    replaced: int
    periods: str


def _periods(first: date | None, last: date | None, frequency: str) -> str:
    if first is None or last is None:
        return ""
    if not frequency:
        return f"{first:%d/%m/%Y} to {last:%d/%m/%Y}" if first != last else f"{first:%d/%m/%Y}"
    if first == last:
        return period_label(first, frequency)
    return f"{period_label(first, frequency)} to {period_label(last, frequency)}"


def measure_rows(project_pk: int, measures: list[ImportedMeasure]) -> list[MeasureRow]:
    rows = []
    for m in measures:
        measure = m.measure
        url = reverse("monitoring:measure", args=[project_pk, measure.pk]) if measure else ""
        rows.append(MeasureRow(measure.name if measure else m.name, url, m.added, m.replaced,
                               _periods(m.first_period, m.last_period,
                                        measure.frequency if measure else "")))
    return rows


@dataclass(frozen=True)
class ProgressLine:
    text: str
    percent: int | None


def progress_line(job: ImportJob) -> ProgressLine | None:
    if job.status == Status.QUEUED:
        return ProgressLine("Waiting for the check to start", None)
    if job.status == Status.CONFIRMED:
        return ProgressLine("Waiting for the import to start", None)
    if job.status not in (Status.CHECKING, Status.WRITING):
        return None
    beat = progress.read(files.path_of(job, files.PROGRESS))
    rows = max((beat.rows if beat else 0) - 1, 0)  # the first row names the columns
    percent = round(beat.fraction * 100) if beat and beat.fraction is not None else None
    if job.status == Status.CHECKING:
        text = f"Checked {counted(rows, 'row')} so far"
    else:
        text = f"Imported {rows:,} of {counted(job.rows, 'row')} so far"
    return ProgressLine(text, percent)


@dataclass(frozen=True)
class JobPage:
    job: ImportJob
    tag: str
    colour: str
    outcome: str
    uploaded_by: str
    confirmed_by: str
    progress: ProgressLine | None
    slow_to_start: bool
    refresh: int | None
    errors: list[ImportProblem]
    notes: list[ImportProblem]
    errors_not_shown: int
    notes_not_shown: int
    measures: list[MeasureRow]
    problems_url: str
    can_confirm: bool
    can_cancel: bool
    can_check_again: bool


def job_page(job: ImportJob, *, can_edit: bool, refresh: bool) -> JobPage:
    text, colour = TAGS[job.status]
    problems = list(job.problems.all())
    errors = [p for p in problems if p.severity == Severity.ERROR]
    notes = [p for p in problems if p.severity == Severity.NOTE]
    measures = list(job.measures.select_related("measure"))
    waiting = job.status in (Status.QUEUED, Status.CONFIRMED)
    has_list = bool(job.problems_name) or bool(problems)
    return JobPage(
        job=job, tag=text, colour=colour, outcome=outcome(job),
        uploaded_by=person(job.created_by), confirmed_by=person(job.confirmed_by),
        progress=progress_line(job),
        slow_to_start=waiting and timezone.now() - job.updated_at > SLOW_TO_START,
        refresh=REFRESH_SECONDS if refresh and job.is_active else None,
        errors=errors, notes=notes,
        errors_not_shown=max(job.problem_count - len(errors), 0),
        notes_not_shown=max(job.note_count - len(notes), 0),
        measures=measure_rows(job.project_id, measures),
        problems_url=(reverse("imports:problems", args=[job.project_id, job.pk])
                      if has_list else ""),
        can_confirm=can_edit and job.status == Status.READY,
        can_cancel=can_edit and job.status in (Status.QUEUED, Status.CHECKING,
                                               Status.CONFIRMED, Status.PROBLEMS,
                                               Status.READY),
        can_check_again=can_edit and can_check_again(job),
    )


@dataclass(frozen=True)
class MeasureImport:
    when: object
    who: str
    file_name: str
    added: int
    replaced: int
    periods: str
    url: str


def imports_of_measure(project_pk: int, measure) -> list[MeasureImport]:
    """The finished imports that wrote figures for `measure`, latest first, in one query.
    Figures an import adds carry no history row of their own; this says where they
    came from."""
    rows = (ImportedMeasure.objects.filter(measure=measure, job__status=Status.DONE,
                                           job__project_id=project_pk)
            .select_related("job__confirmed_by").order_by("-job__confirmed_at", "-pk"))
    return [MeasureImport(
        when=row.job.confirmed_at, who=person(row.job.confirmed_by), file_name=row.job.file_name,
        added=row.added, replaced=row.replaced,
        periods=_periods(row.first_period, row.last_period, measure.frequency),
        url=reverse("imports:job", args=[project_pk, row.job_id])) for row in rows]
