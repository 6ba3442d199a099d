"""The Explore phase on one page: what the team knows so far, from the same
snapshot parts the critical friend reads, so the page costs a fixed number
of queries whatever the size of the project."""

from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

from trellis.core.downloads import xlsx_download
from trellis.core.words import counted
from trellis.decisions.exports import comparison_sheet
from trellis.evidence.exports import evidence_sheet
from trellis.evidence.presenters import PieDisplay, evidence_pie
from trellis.insights.engine import Finding, review

from .models import Project
from .snapshot import ProjectSnapshot

EXPLORE_AREAS = frozenset({"evidence", "needs", "decisions", "barriers", "engagement"})
AUDIENCE_NAMES = {
    "practitioners": "practitioners", "leaders": "leaders", "partners": "partners",
    "children_young_people": "children and young people",
    "parents_carers": "parents and carers",
}


@dataclass(frozen=True)
class ExploreSummary:
    pie: PieDisplay
    need: str
    target_population: str
    root_causes: int
    hunches: int
    practice_notes: int
    candidates: int
    fully_appraised: int
    decisions: int
    open_barriers: int
    enablers: int
    barrier_entries: int
    activities: int
    audiences: tuple[str, ...]

    @property
    def root_cause_line(self) -> str:
        if not self.root_causes:
            return "No root causes recorded yet"
        supported = self.root_causes - self.hunches
        return (f"{counted(self.root_causes, 'root cause')}: {supported} supported by "
                f"evidence, {counted(self.hunches, 'hunch', 'hunches')}")

    @property
    def decision_line(self) -> str:
        if not self.candidates:
            return "No candidate approaches yet"
        text = (f"{counted(self.candidates, 'candidate approach', 'candidate approaches')}, "
                f"{self.fully_appraised} appraised for suitability and feasibility")
        if self.decisions:
            text += f"; {counted(self.decisions, 'decision')} recorded"
        return text

    @property
    def barrier_line(self) -> str:
        if not self.barrier_entries:
            return "No barriers or enablers recorded yet"
        return (f"{counted(self.open_barriers, 'open barrier')}, "
                f"{counted(self.enablers, 'enabler')}")

    @property
    def engagement_line(self) -> str:
        if not self.activities:
            return "No engagement recorded yet"
        who = ", ".join(self.audiences) or "nobody named"
        return f"{counted(self.activities, 'activity', 'activities')} with {who}"


def explore_summary(project: Project, parts: dict) -> ExploreSummary:
    evidence, needs = parts["evidence"], parts["needs"]
    decisions, barriers, engagement = parts["decisions"], parts["barriers"], parts["engagement"]
    return ExploreSummary(
        pie=evidence_pie(project, evidence.counts_by_slice),
        need=project.need,
        target_population=project.target_population,
        root_causes=len(needs.root_causes),
        hunches=sum(1 for cause in needs.root_causes if cause.is_hunch),
        practice_notes=needs.practice_notes,
        candidates=len(decisions.candidates),
        fully_appraised=sum(1 for c in decisions.candidates
                            if {"suitability", "feasibility"} <= c.stages_appraised),
        decisions=decisions.decisions,
        open_barriers=barriers.open_barriers,
        enablers=barriers.enablers,
        barrier_entries=barriers.total,
        activities=engagement.activities,
        audiences=tuple(name for slug, name in AUDIENCE_NAMES.items()
                        if slug in engagement.audiences),
    )


def explore_findings(project: Project, parts: dict) -> list[Finding]:
    """The Explore checks: findings of the Explore capabilities' rules only."""
    snapshot = ProjectSnapshot(title=project.title, phase=project.phase, status=project.status,
                               today=timezone.localdate(), parts=parts)
    return [f for f in review(snapshot) if f.area in EXPLORE_AREAS]


def explore_workbook(project: Project) -> HttpResponse:
    """The evidence table and the decision comparison, one sheet each."""
    name = slugify(project.title)[:60] or "project"
    return xlsx_download(f"{name}-explore.xlsx",
                         [evidence_sheet(project), comparison_sheet(project)])
