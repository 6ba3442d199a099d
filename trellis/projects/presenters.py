"""Turn projects into what the pages show, so templates stay simple."""

from django.db.models import Case, Count, F, IntegerField, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from trellis.core.presenters import tag_html
from trellis.framework.loader import get_framework
from trellis.insights.engine import Finding, review
from trellis.insights.parts import build_parts

from .checklists import AnswerRecord, PhaseProgress, latest_answers, phase_progress
from .models import Phase, Project, ProjectQuerySet, Status, review_is_overdue
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
    """One row per project, formatted here from plain values, tags included:
    the page lists hundreds, and model instances, per-row {% url %}, |date,
    choice labels, lead objects and template tags dominated its time
    (python -m bench.pages)."""
    today = timezone.localdate()
    detail_prefix = reverse("projects:detail", args=[0]).removesuffix("0/")
    leads = projects.lead_names()
    phase_tags = {p.value: tag_html(p.label, PHASE_COLOURS[p]) for p in Phase}
    status_tags = {s.value: tag_html(s.label, STATUS_COLOURS[s]) for s in Status}
    overdue_tag = tag_html("Overdue", "red")
    rows = []
    for pk, title, approach, phase, status, review_on in projects.values_list(
            "pk", "title", "approach", "phase", "status", "next_review_date"):
        review_text = f"{review_on:%-d %b %Y}" if review_on else "Not set"
        if review_is_overdue(review_on, status, today):
            review_text = format_html("{} {}", review_text, overdue_tag)
        rows.append({
            "title": title,
            "approach": approach,
            "url": f"{detail_prefix}{pk}/",
            "leads": ", ".join(leads.get(pk, ())) or "No lead named",
            "phase": phase_tags[phase],
            "status": status_tags[status],
            "review": review_text,
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
