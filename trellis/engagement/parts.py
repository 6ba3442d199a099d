"""The "engagement" part of a project's snapshot, in two queries."""

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .models import EngagementAudience
from .snapshot import EngagementFacts


@snapshot_part("engagement")
def engagement_facts(project: Project) -> EngagementFacts:
    audiences = (EngagementAudience.objects.filter(activity__project=project)
                 .values_list("audience", flat=True).distinct().order_by())
    return EngagementFacts(audiences=frozenset(audiences),
                           activities=project.engagement_activities.count())
