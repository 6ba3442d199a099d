"""The "adaptations" part of a project's snapshot, in one query."""

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import AdaptationFacts, AdaptationsFacts


@snapshot_part("adaptations")
def adaptation_facts(project: Project) -> AdaptationsFacts:
    rows = project.adaptations.order_by("decided_on", "pk").values_list(
        "pk", "what_changed", "core_component__name")
    return AdaptationsFacts(tuple(AdaptationFacts(pk, what, component or "")
                                  for pk, what, component in rows))
