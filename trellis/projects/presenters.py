"""Turn projects into what the pages show, so templates stay simple."""

from django.db.models import Case, Count, F, IntegerField, Value, When
from django.utils import timezone

from trellis.framework.loader import get_framework

from .checklists import AnswerRecord, PhaseProgress, latest_answers, phase_progress
from .models import Phase, Project, ProjectQuerySet, Status

PHASE_ORDER = Case(*[When(phase=p, then=Value(i)) for i, p in enumerate(Phase.values)],
                   output_field=IntegerField())
STATUS_COLOURS = {Status.ACTIVE: "green", Status.PAUSED: "yellow", Status.CLOSED: "grey"}
PHASE_COLOURS = {Phase.EXPLORE: "", Phase.PREPARE: "purple", Phase.DELIVER: "turquoise",
                 Phase.SUSTAIN: "orange"}


def filter_portfolio(projects: ProjectQuerySet, *, phase: str, status: str,
                     sort: str) -> ProjectQuerySet:
    if status == "archived":
        projects = projects.filter(archived_at__isnull=False)
    else:
        projects = projects.current()
        if status:
            projects = projects.filter(status=status)
    if phase:
        projects = projects.filter(phase=phase)
    if sort == "phase":
        return projects.annotate(phase_order=PHASE_ORDER).order_by("phase_order", "title")
    if sort == "status":
        return projects.order_by("status", "title")
    if sort == "next_review_date":
        return projects.order_by(F("next_review_date").asc(nulls_last=True), "title")
    return projects.order_by("title")


def phase_counts(projects: ProjectQuerySet) -> list[dict]:
    counts = dict(projects.current().values_list("phase").annotate(n=Count("pk")))
    return [{"value": p.value, "label": p.label, "count": counts.get(p.value, 0),
             "colour": PHASE_COLOURS[p]} for p in Phase]


def portfolio_rows(projects) -> list[dict]:
    today = timezone.localdate()
    return [{
        "project": project,
        "leads": ", ".join(str(m.user) for m in project.leads) or "No lead named",
        "has_lead": bool(project.leads),
        "phase_colour": PHASE_COLOURS[Phase(project.phase)],
        "status_colour": STATUS_COLOURS[Status(project.status)],
        "review_overdue": project.review_overdue(today),
    } for project in projects]


def checklist_progress(project: Project) -> list[PhaseProgress]:
    """Progress on every phase's checklist, from the latest answer to each question."""
    records = [
        AnswerRecord(a.item, a.answer, a.note, str(a.answered_by or "someone"), a.answered_at,
                     a.get_answer_display())
        for a in project.checklist_answers.select_related("answered_by")
    ]
    latest = latest_answers(records)
    framework = get_framework()
    return [
        phase_progress(phase.slug, [(i.slug, i.question) for i in phase.checklist], latest)
        for phase in framework.phases
    ]
