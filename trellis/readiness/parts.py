"""The "readiness" part of a project's snapshot, in one query."""

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import ItemFacts, ReadinessFacts


@snapshot_part("readiness")
def readiness_facts(project: Project) -> ReadinessFacts:
    rows = project.readiness_items.order_by("pk").values_list("area", "status", "description")
    return ReadinessFacts(tuple(ItemFacts(*row) for row in rows))
