"""The comparison of candidate approaches as spreadsheet tables."""

from django.utils import timezone

from trellis.core.spreadsheets import Column, Sheet
from trellis.projects.models import Project

from . import criteria
from .comparison import Scores
from .models import Appraisal
from .scores import ordered_scores

STAGE_NAMES = {s.slug: s.name for s in criteria.STAGES}


def _number(value) -> float | None:
    return None if value is None else round(float(value), 2)


def comparison_sheet(project: Project, sort: str | None = "name") -> Sheet:
    """One row per candidate: each criterion's rating (empty when not yet
    rated), the stage averages, the overall average and how many are rated."""
    columns = [Column("Candidate approach", width=40), Column("Where it comes from", width=28)]
    for stage in criteria.STAGES:
        columns += [Column(f"{stage.name}: {c.name}", kind="integer", width=18)
                    for c in criteria.for_stage(stage.slug)]
        columns.append(Column(f"{stage.name} average", kind="number", width=16))
    columns += [Column("Overall average", kind="number", width=16),
                Column("Criteria rated", kind="integer", width=14)]

    def row(candidate, scores: Scores) -> list:
        cells = [candidate.name, candidate.get_origin_display()]
        for stage in criteria.STAGES:
            cells += [scores.ratings.get(c.slug) for c in criteria.for_stage(stage.slug)]
            cells.append(_number(scores.average(stage.slug)))
        return [*cells, _number(scores.overall), scores.rated]

    rows = [row(candidate, scores) for candidate, scores in ordered_scores(project, sort)]
    return Sheet("Comparison", columns, rows)


def appraisals_sheet(project: Project) -> Sheet:
    """Every appraisal with its rationale and the evidence linked to it."""
    columns = [Column("Candidate approach", width=40), Column("Stage", width=14),
               Column("Criterion", width=24), Column("Rating", kind="integer", width=8),
               Column("Rationale", width=60), Column("Evidence", width=40),
               Column("Appraised by", width=20), Column("Appraised on", kind="date", width=14)]
    order = {c.slug: i for i, c in enumerate(criteria.CRITERIA)}
    appraisals = sorted(
        Appraisal.objects.filter(candidate__project=project)
        .select_related("candidate", "appraised_by").prefetch_related("evidence"),
        key=lambda a: (a.candidate.name.casefold(), a.candidate_id, order[a.criterion]),
    )
    rows = []
    for appraisal in appraisals:
        criterion = criteria.criterion(appraisal.criterion)
        rows.append([
            appraisal.candidate.name, STAGE_NAMES[criterion.stage], criterion.name,
            appraisal.rating, appraisal.rationale,
            "; ".join(item.title for item in appraisal.evidence.all()),
            str(appraisal.appraised_by or ""), timezone.localdate(appraisal.appraised_at),
        ])
    return Sheet("Appraisals", columns, rows)
