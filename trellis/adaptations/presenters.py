"""What the adaptations log shows, worked out here so templates stay plain."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse

from .models import Adaptation
from .snapshot import AdaptationFacts, AdaptationsFacts, flag, shorten


@dataclass(frozen=True)
class AdaptationCard:
    adaptation: Adaptation
    title: str
    changes: str
    flag: str
    decided_on: str
    edit_url: str
    remove_url: str


def cards(project_pk: int, adaptations: Iterable[Adaptation]) -> list[AdaptationCard]:
    rows = []
    for a in adaptations:
        component = a.core_component.name if a.core_component else ""
        args = [project_pk, a.pk]
        rows.append(AdaptationCard(
            adaptation=a, title=shorten(a.what_changed, 90),
            changes=(f"Core component: {component}" if component
                     else "Only how the approach is delivered"),
            flag=flag(component), decided_on=f"{a.decided_on.day} {a.decided_on:%B %Y}",
            edit_url=reverse("adaptations:edit", args=args),
            remove_url=reverse("adaptations:remove", args=args),
        ))
    return rows


def facts_of(adaptations: Iterable[Adaptation]) -> AdaptationsFacts:
    return AdaptationsFacts(tuple(
        AdaptationFacts(a.pk, a.what_changed, a.core_component.name if a.core_component else "")
        for a in adaptations))
