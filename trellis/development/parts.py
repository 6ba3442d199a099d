"""The "development" part of a project's snapshot, in one query."""

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import ActivityFacts, DevelopmentFacts


def activity_facts(project: Project) -> tuple[ActivityFacts, ...]:
    rows = (project.pd_activities.order_by("pk", "mechanisms__pk")
            .values_list("pk", "name", "kind", "follow_on_of_id", "mechanisms__mechanism"))
    found: dict[int, tuple[str, str, int | None, list[str]]] = {}
    for pk, name, kind, follow_on_of, mechanism in rows:
        entry = found.setdefault(pk, (name, kind, follow_on_of, []))
        if mechanism:
            entry[3].append(mechanism)
    return tuple(ActivityFacts(pk, name, kind, tuple(mechanisms), follow_on_of)
                 for pk, (name, kind, follow_on_of, mechanisms) in found.items())


@snapshot_part("development")
def development_facts(project: Project) -> DevelopmentFacts:
    return DevelopmentFacts(activities=activity_facts(project))
