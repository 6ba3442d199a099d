"""What the critical friend knows about a project's professional development
plan, and the reasoning both it and the plan page use. Pure: no Django."""

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

TRAINING = "training"


@dataclass(frozen=True)
class ActivityFacts:
    pk: int
    name: str
    kind: str
    mechanisms: tuple[str, ...] = ()  # framework mechanism slugs
    follow_on_of: int | None = None


@dataclass(frozen=True)
class DevelopmentFacts:
    activities: tuple[ActivityFacts, ...] = ()


def groups_covered(activities: Iterable[ActivityFacts],
                   group_of: Mapping[str, str]) -> set[str]:
    """Slugs of the mechanism groups any activity uses; `group_of` maps each
    mechanism slug to its group's slug."""
    return {group_of[m] for a in activities for m in a.mechanisms if m in group_of}


def trainings_without_follow_on(activities: Iterable[ActivityFacts],
                                embedding: Collection[str]) -> list[ActivityFacts]:
    """Training that nothing follows on from and that uses none of the
    `embedding` (embed-practice) mechanisms itself."""
    activities = list(activities)
    followed = {a.follow_on_of for a in activities if a.follow_on_of is not None}
    return [a for a in activities
            if a.kind == TRAINING and a.pk not in followed
            and not any(m in embedding for m in a.mechanisms)]


def followers(pk: int, follow_on_of: Mapping[int, int | None]) -> set[int]:
    """Every activity that follows on from `pk`, directly or through others.
    An activity cannot follow on from one of these (or itself): that would
    make a loop."""
    found: set[int] = set()
    frontier = {pk}
    while frontier:
        frontier = {child for child, parent in follow_on_of.items()
                    if parent in frontier and child not in found and child != pk}
        found |= frontier
    return found
