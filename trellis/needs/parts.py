"""The "needs" part of a project's critical-friend snapshot."""

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import NeedsFacts, needs_facts


@snapshot_part("needs")
def needs_part(project: Project) -> NeedsFacts:
    """Two queries, whatever the number of causes and evidence items."""
    rows = project.root_causes.order_by("created_at", "pk").values_list(
        "pk", "statement", "evidence__slice")
    return needs_facts(rows, need=project.need, target_population=project.target_population,
                       practice_notes=project.practice_notes.count())
