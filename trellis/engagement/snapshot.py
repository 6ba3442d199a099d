"""What the critical friend knows about a project's engagement. Pure: no Django."""

from dataclasses import dataclass

# The audiences that carry the voice of children and families.
FAMILY_AUDIENCES = frozenset({"children_young_people", "parents_carers"})


@dataclass(frozen=True)
class EngagementFacts:
    # Audience values engaged at least once: "practitioners", "leaders", "partners",
    # "children_young_people", "parents_carers".
    audiences: frozenset[str]
    activities: int

    @property
    def families_engaged(self) -> bool:
        return bool(self.audiences & FAMILY_AUDIENCES)
