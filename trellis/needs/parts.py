"""The "needs" part of a project's critical-friend snapshot, in one query:
the project page builds every part on each view, so the root causes with
their evidence slices and the number of practice notes come back together."""

from django.db.models import CharField, Count, IntegerField, Value

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import NeedsFacts, needs_facts

NOTES_ROW = -1  # the row that carries the practice-note count, not a cause


def fact_rows(project: Project) -> tuple[list[tuple[int, str, str | None]], int]:
    causes = (project.root_causes.order_by()
              .annotate(n=Value(0, output_field=IntegerField()))
              .values_list("pk", "statement", "evidence__slice", "n"))
    notes = (project.practice_notes.order_by().values("project")
             .annotate(pk_=Value(NOTES_ROW, output_field=IntegerField()),
                       s=Value("", output_field=CharField()),
                       slice_=Value(None, output_field=CharField()), n=Count("pk"))
             .values_list("pk_", "s", "slice_", "n"))
    rows, practice_notes = [], 0
    for pk, statement, slice_slug, n in causes.union(notes, all=True):
        if pk == NOTES_ROW:
            practice_notes = n
        else:
            rows.append((pk, statement, slice_slug))
    rows.sort(key=lambda row: row[0])
    return rows, practice_notes


@snapshot_part("needs")
def needs_part(project: Project) -> NeedsFacts:
    rows, practice_notes = fact_rows(project)
    return needs_facts(rows, need=project.need, target_population=project.target_population,
                       practice_notes=practice_notes)
