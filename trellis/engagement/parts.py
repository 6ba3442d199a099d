"""The "engagement" part of a project's snapshot, in one query."""

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import EngagementFacts


@snapshot_part("engagement")
def engagement_facts(project: Project) -> EngagementFacts:
    rows = project.engagement_activities.order_by().values_list("pk", "audiences__audience")
    activities, audiences = set(), set()
    for pk, audience in rows:
        activities.add(pk)
        if audience:
            audiences.add(audience)
    return EngagementFacts(audiences=frozenset(audiences), activities=len(activities))
