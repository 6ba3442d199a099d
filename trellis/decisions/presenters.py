"""What the decision tool's pages show, worked out here so templates stay plain."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse

from trellis.projects.models import Project

from . import criteria
from .comparison import SORTS, Scores, clean_sort, format_average
from .models import Appraisal, Candidate
from .scores import ordered_scores

NOT_RATED = "Not rated"


@dataclass(frozen=True)
class Status:
    text: str
    colour: str


def stage_status(rated: int, total: int) -> Status:
    if rated == 0:
        return Status("Not started", "grey")
    if rated < total:
        return Status(f"{rated} of {total} rated", "blue")
    return Status("Appraised", "green")


def overall_status(scores: Scores) -> Status | None:
    """A tag beside a candidate not yet fully appraised; None when it is."""
    if scores.rated == 0:
        return Status("Not yet appraised", "grey")
    if not scores.complete:
        return Status("Partly appraised", "blue")
    return None


@dataclass
class CandidateRow:
    candidate: Candidate
    url: str
    stages: list[tuple[str, Status]]


def candidate_rows(project: Project) -> list[CandidateRow]:
    """The project's candidates, with how far each stage has been appraised."""
    rows = []
    for candidate, scores in ordered_scores(project, "name"):
        stages = []
        for stage in criteria.STAGES:
            slugs = [c.slug for c in criteria.for_stage(stage.slug)]
            rated = sum(1 for slug in slugs if slug in scores.ratings)
            stages.append((stage.name, stage_status(rated, len(slugs))))
        rows.append(CandidateRow(candidate, reverse("decisions:candidate",
                                                    args=[project.pk, candidate.pk]), stages))
    return rows


@dataclass
class AppraisalRow:
    criterion: criteria.Criterion
    appraisal: Appraisal | None
    rating: str
    evidence: list[str]
    action_url: str
    action_text: str


@dataclass
class StageSection:
    stage: criteria.Stage
    status: Status
    rows: list[AppraisalRow] = field(default_factory=list)


def appraisal_sections(candidate: Candidate) -> list[StageSection]:
    """Suitability, then feasibility: each criterion with its current appraisal."""
    current = {a.criterion: a for a in candidate.appraisals.select_related("appraised_by")
               .prefetch_related("evidence")}
    sections = []
    for stage in criteria.STAGES:
        section = StageSection(stage, Status("", ""))
        for criterion in criteria.for_stage(stage.slug):
            appraisal = current.get(criterion.slug)
            section.rows.append(AppraisalRow(
                criterion, appraisal,
                criteria.rating_text(appraisal.rating) if appraisal else "Not yet appraised",
                [item.title for item in appraisal.evidence.all()] if appraisal else [],
                reverse("decisions:appraise", args=[candidate.project_id, candidate.pk,
                                                    criterion.slug]),
                "Change" if appraisal else "Appraise",
            ))
        section.status = stage_status(sum(1 for r in section.rows if r.appraisal),
                                      len(section.rows))
        sections.append(section)
    return sections


@dataclass(frozen=True)
class Cell:
    text: str
    hidden: str = ""
    average: bool = False  # drawn in bold, to stand out from single ratings


@dataclass(frozen=True)
class HeaderCell:
    text: str
    aria_sort: str = ""


@dataclass
class ComparisonRow:
    name: str
    url: str
    status: Status | None
    cells: list[Cell]


@dataclass(frozen=True)
class SortLink:
    text: str
    href: str
    current: bool


@dataclass
class ComparisonTable:
    sort: str
    sort_label: str
    groups: list[tuple[str, int, list[HeaderCell]]]
    overall_header: HeaderCell
    name_header: HeaderCell
    rows: list[ComparisonRow]
    sort_links: list[SortLink]
    csv_url: str
    xlsx_url: str


def _rating_cell(value: int | None) -> Cell:
    if value is None:
        return Cell(NOT_RATED)
    return Cell(str(value), f" out of {criteria.RATING_MAX}")


def _average_cell(value) -> Cell:
    return Cell(format_average(value) or NOT_RATED, average=True)


def comparison_table(project: Project, sort: str | None) -> ComparisonTable:
    """Candidates as rows (so sorting reorders rows, and many candidates
    simply make a longer table), criteria as columns grouped by stage."""
    sort = clean_sort(sort)

    def aria(key: str) -> str:
        if key != sort:
            return ""
        return "ascending" if key == "name" else "descending"

    groups = [
        (f"{stage.number}. {stage.name}", len(criteria.for_stage(stage.slug)) + 1,
         [HeaderCell(c.name) for c in criteria.for_stage(stage.slug)]
         + [HeaderCell(f"{stage.name} average", aria(stage.slug))])
        for stage in criteria.STAGES
    ]
    rows = []
    for candidate, scores in ordered_scores(project, sort):
        cells = []
        for stage in criteria.STAGES:
            cells += [_rating_cell(scores.ratings.get(c.slug))
                      for c in criteria.for_stage(stage.slug)]
            cells.append(_average_cell(scores.average(stage.slug)))
        cells.append(_average_cell(scores.overall))
        cells.append(Cell(f"{scores.rated} of {len(criteria.CRITERIA)}"))
        rows.append(ComparisonRow(candidate.name, reverse("decisions:candidate", args=[
            project.pk, candidate.pk]), overall_status(scores), cells))
    page = reverse("decisions:compare", args=[project.pk])
    query = f"?{urlencode({'sort': sort})}"
    return ComparisonTable(
        sort=sort, sort_label=SORTS[sort].lower(), groups=groups,
        overall_header=HeaderCell("Overall average", aria("overall")),
        name_header=HeaderCell("Candidate approach", aria("name")),
        rows=rows,
        sort_links=[SortLink(label, f"{page}?{urlencode({'sort': key})}", key == sort)
                    for key, label in SORTS.items()],
        csv_url=reverse("decisions:compare_csv", args=[project.pk]) + query,
        xlsx_url=reverse("decisions:compare_xlsx", args=[project.pk]) + query,
    )
