"""Turn projects into what the pages show, so templates stay simple."""

from django.db.models import Case, Count, F, IntegerField, Value, When
from django.urls import reverse
from django.utils import dateformat, timezone

from trellis.framework.loader import get_framework
from trellis.insights.engine import Finding, review
from trellis.insights.parts import build_parts

from .checklists import AnswerRecord, PhaseProgress, latest_answers, phase_progress
from .models import Phase, Project, ProjectQuerySet, Status
from .snapshot import ProjectSnapshot, TeamRoleSnapshot

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


def portfolio_rows(projects: ProjectQuerySet) -> list[dict]:
    """One row per project, formatted here: the page lists hundreds, and
    per-row {% url %}, |date and lead objects dominated its time (make bench)."""
    today = timezone.localdate()
    detail_prefix = reverse("projects:detail", args=[0]).removesuffix("0/")
    leads = projects.lead_names()
    rows = []
    for project in projects:
        names = leads.get(project.pk, ())
        review = project.next_review_date
        rows.append({
            "project": project,
            "url": f"{detail_prefix}{project.pk}/",
            "leads": ", ".join(names) or "No lead named",
            "phase_colour": PHASE_COLOURS[Phase(project.phase)],
            "status_colour": STATUS_COLOURS[Status(project.status)],
            "review": dateformat.format(review, "j M Y") if review else "",
            "review_overdue": project.review_overdue(today),
        })
    return rows


def answer_records(project: Project) -> list[AnswerRecord]:
    return [
        AnswerRecord(a.item, a.answer, a.note, str(a.answered_by or "someone"), a.answered_at,
                     a.get_answer_display())
        for a in project.checklist_answers.select_related("answered_by")
    ]


def checklist_progress(project: Project,
                       records: list[AnswerRecord] | None = None) -> list[PhaseProgress]:
    """Progress on every phase's checklist, from the latest answer to each question."""
    latest = latest_answers(answer_records(project) if records is None else records)
    framework = get_framework()
    return [
        phase_progress(phase.slug, [(i.slug, i.question) for i in phase.checklist], latest)
        for phase in framework.phases
    ]


def critical_friend(project: Project, team, progress: list[PhaseProgress],
                    parts: dict | None = None) -> list[Finding]:
    """What the critical-friend rules find in this project."""
    snapshot = ProjectSnapshot(
        title=project.title, phase=project.phase, status=project.status,
        today=timezone.localdate(), next_review_date=project.next_review_date,
        team=tuple(TeamRoleSnapshot(m.user_id, m.role) for m in team),
        checklist_answers={
            p.phase: {i.slug: i.latest.answer for i in p.items if i.latest} for p in progress
        },
        parts=build_parts(project) if parts is None else parts,
    )
    return review(snapshot)
