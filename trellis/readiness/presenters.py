"""What the readiness page shows, worked out here so templates stay plain."""

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse

from .models import ReadinessItem, Status
from .snapshot import OTHER, STANDARD_AREAS, ItemFacts, ReadinessFacts

STATUS_COLOURS = {Status.NOT_STARTED: "grey", Status.IN_PROGRESS: "yellow",
                  Status.READY: "green", Status.NOT_NEEDED: ""}

# What the seed says each area involves, shown as a prompt.
AREA_PROMPTS = {
    "admin_support": "Dedicated administrative support staff who understand their roles.",
    "data_systems": "Systems for collecting and reporting data.",
    "technical_support": "Technical support and equipment, with practitioners trained and "
                         "skilled in its use.",
    "time": "A realistic amount of time to implement the approach.",
    "funding": "Accessing new funding.",
    "governance": "Appropriately defined governance and leadership.",
}


@dataclass(frozen=True)
class AreaRow:
    slug: str
    name: str
    prompt: str
    item: ReadinessItem | None
    context: str  # says which row an action is for, to screen readers
    status: str
    status_colour: str
    action_url: str
    action_text: str


def _row(project_pk: int, slug: str, name: str, item: ReadinessItem | None) -> AreaRow:
    if item is None:
        add = reverse("readiness:add", args=[project_pk])
        return AreaRow(slug, name, AREA_PROMPTS.get(slug, ""), None, name, "Not recorded",
                       "grey", f"{add}?{urlencode({'area': slug})}", "Add")
    context = f"{name}: {item.description}" if slug == OTHER else name
    return AreaRow(slug, name, AREA_PROMPTS.get(slug, ""), item, context,
                   item.get_status_display(),
                   STATUS_COLOURS.get(item.status, ""),
                   reverse("readiness:edit", args=[project_pk, item.pk]), "Change")


def area_rows(project_pk: int, items: Iterable[ReadinessItem]) -> tuple[list[AreaRow],
                                                                         list[AreaRow]]:
    """The six standard areas, always, each with its item if recorded; then
    the other preparations."""
    items = list(items)
    by_area = {i.area: i for i in items if i.area != OTHER}
    standard = [_row(project_pk, slug, name, by_area.get(slug)) for slug, name in STANDARD_AREAS]
    others = [_row(project_pk, OTHER, "Other", i) for i in items if i.area == OTHER]
    return standard, others


def facts_of(items: Iterable[ReadinessItem]) -> ReadinessFacts:
    return ReadinessFacts(tuple(ItemFacts(i.area, i.status, i.description) for i in items))


def initial_area(query: dict) -> dict[str, str]:
    """A valid ?area= from an "Add" link preselects the area; anything else is ignored."""
    area = query.get("area", "")
    return {"area": area} if area in dict(STANDARD_AREAS) or area == OTHER else {}
