"""The professional development plan as a section of every plan revision."""

from trellis.framework.loader import get_framework
from trellis.plans.sections import plan_section
from trellis.projects.models import Project

from .models import Kind


@plan_section("development", "Professional development", column="", order=60,
              edit_url="development:index")
def development_section(project: Project) -> list[dict]:
    """One item per activity, in date order, in two queries."""
    names = {m.slug: m.name for m in get_framework().all_pd_mechanisms()}
    order = list(names)
    activities = project.pd_activities.select_related("follow_on_of").prefetch_related(
        "mechanisms")
    items = []
    for activity in activities:
        used = {use.mechanism for use in activity.mechanisms.all()}
        items.append({
            "key": f"pd-{activity.pk}",
            "title": activity.name,
            "label": Kind(activity.kind).label,
            "detail": "; ".join(names[slug] for slug in order if slug in used),
            "fields": {
                "Who it is for": activity.audience,
                "Start date": activity.starts_on.isoformat() if activity.starts_on else "",
                "End date": activity.ends_on.isoformat() if activity.ends_on else "",
                "Follow-on support for": (activity.follow_on_of.name if activity.follow_on_of
                                          else ""),
            },
            "labels": {"title": "Activity", "label": "Type", "detail": "Mechanisms"},
        })
    return items
