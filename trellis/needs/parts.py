"""The "needs" and "evidence" parts of a project's critical-friend snapshot, in one
query: the project page builds every part on each view, so the root causes with
their evidence slices, the number of practice notes and the number of evidence
items in each slice come back together."""

from django.db.models import CharField, Count, IntegerField, Value

from trellis.evidence.parts import slice_counts
from trellis.evidence.snapshot import EvidenceFacts
from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import NeedsFacts, needs_facts

NOTES_ROW = -1  # the row that carries the practice-note count, not a cause
EVIDENCE_ROW = -2  # rows that carry the number of evidence items in a slice


def fact_rows(project: Project) -> tuple[list[tuple[int, str, str | None]], int, dict[str, int]]:
    causes = (project.root_causes.order_by()
              .annotate(n=Value(0, output_field=IntegerField()))
              .values_list("pk", "statement", "evidence__slice", "n"))
    notes = (project.practice_notes.order_by().values("project")
             .annotate(pk_=Value(NOTES_ROW, output_field=IntegerField()),
                       s=Value("", output_field=CharField()),
                       slice_=Value(None, output_field=CharField()), n=Count("pk"))
             .values_list("pk_", "s", "slice_", "n"))
    evidence = (project.evidence.order_by().values("slice")
                .annotate(pk_=Value(EVIDENCE_ROW, output_field=IntegerField()),
                          s=Value("", output_field=CharField()), n=Count("pk"))
                .values_list("pk_", "s", "slice", "n"))
    rows, practice_notes, evidence_counts = [], 0, {}
    for pk, statement, slice_slug, n in causes.union(notes, evidence, all=True):
        if pk == NOTES_ROW:
            practice_notes = n
        elif pk == EVIDENCE_ROW:
            evidence_counts[slice_slug] = n
        else:
            rows.append((pk, statement, slice_slug))
    rows.sort(key=lambda row: row[0])
    return rows, practice_notes, evidence_counts


@snapshot_part("needs", "evidence")
def needs_part(project: Project) -> tuple[NeedsFacts, EvidenceFacts]:
    rows, practice_notes, evidence_counts = fact_rows(project)
    needs = needs_facts(rows, need=project.need, target_population=project.target_population,
                        practice_notes=practice_notes)
    return needs, EvidenceFacts(counts_by_slice=slice_counts(evidence_counts))
