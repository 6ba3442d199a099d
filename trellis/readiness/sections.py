"""The readiness checklist as a section of every plan revision."""

from trellis.plans.sections import plan_section
from trellis.projects.models import Project

from .models import Status
from .snapshot import AREA_NAMES, AREAS

AREA_ORDER = {slug: i for i, (slug, _) in enumerate(AREAS)}


@plan_section("readiness", "Readiness", column="", order=70, edit_url="readiness:index")
def readiness_section(project: Project) -> list[dict]:
    """One item per recorded preparation, in the seed's order of areas."""
    items = sorted(project.readiness_items.select_related("owner"),
                   key=lambda i: (AREA_ORDER.get(i.area, 99), i.pk))
    return [{
        "key": f"readiness-{item.pk}",
        "title": AREA_NAMES.get(item.area, item.area),
        "label": Status(item.status).label,
        "detail": item.description,
        "fields": {"Owner": str(item.owner) if item.owner else "",
                   "Note": item.note},
        "labels": {"title": "Area", "label": "Status", "detail": "What needs to be in place"},
    } for item in items]
