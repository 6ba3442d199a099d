"""What the engagement pages show, worked out here so templates stay plain."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils import dateformat

from .models import Audience, EngagementActivity

AUDIENCE_ORDER = {value: index for index, value in enumerate(Audience.values)}
FAMILY_AUDIENCES = {Audience.CHILDREN_YOUNG_PEOPLE, Audience.PARENTS_CARERS}


@dataclass(frozen=True)
class AudienceCount:
    label: str
    activities: int


@dataclass(frozen=True)
class ActivityRow:
    activity: EngagementActivity
    held_on: str
    audiences: list[str]
    what_changed: str
    edit_url: str
    remove_url: str


def audience_labels(activity: EngagementActivity) -> list[str]:
    """The groups engaged, in the order the form lists them (from prefetched rows)."""
    values = sorted((a.audience for a in activity.audiences.all()),
                    key=lambda v: AUDIENCE_ORDER.get(v, len(AUDIENCE_ORDER)))
    return [Audience(v).label for v in values]


def activity_rows(project_pk: int, activities: Iterable[EngagementActivity]) -> list[ActivityRow]:
    rows = []
    for activity in activities:
        args = [project_pk, activity.pk]
        rows.append(ActivityRow(
            activity=activity,
            held_on=dateformat.format(activity.held_on, "j M Y"),
            audiences=audience_labels(activity),
            what_changed=activity.what_changed or "Not recorded yet",
            edit_url=reverse("engagement:edit", args=args),
            remove_url=reverse("engagement:remove", args=args),
        ))
    return rows


def audience_counts(activities: Iterable[EngagementActivity]) -> list[AudienceCount]:
    """How many activities engaged each group, every group listed, zero included."""
    counts = Counter(a.audience for activity in activities for a in activity.audiences.all())
    return [AudienceCount(audience.label, counts[audience.value]) for audience in Audience]


def families_engaged(activities: Iterable[EngagementActivity]) -> bool:
    return any(a.audience in FAMILY_AUDIENCES
               for activity in activities for a in activity.audiences.all())
