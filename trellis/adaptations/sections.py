"""The adaptations log as a section of every plan revision. An adaptation
that changes a core component carries a flag, which the plan shows."""

from trellis.plans.sections import plan_section
from trellis.projects.models import Project

from .models import Timing
from .snapshot import flag


@plan_section("adaptations", "Adaptations", column="", order=80,
              edit_url="adaptations:index")
def adaptations_section(project: Project) -> list[dict]:
    """One item per adaptation, oldest decision first, in one query."""
    adaptations = project.adaptations.select_related("core_component").order_by(
        "decided_on", "pk")
    items = []
    for a in adaptations:
        component = a.core_component.name if a.core_component else ""
        item = {
            "key": f"adaptation-{a.pk}",
            "title": a.what_changed,
            "label": Timing(a.planned).label,
            "detail": f"Goal: {a.goal}",
            "fields": {
                "What it changes": (f"Core component: {component}" if component
                                    else "Only how the approach is delivered"),
                "Who decided": a.decided_by,
                "Contextual reason": a.reason,
                "Date decided": a.decided_on.isoformat(),
                "What happened": a.outcome,
            },
            "labels": {"title": "What changed", "label": "Planned or reactive",
                       "detail": "Goal"},
        }
        if component:
            item["flag"] = flag(component)
        items.append(item)
    return items
