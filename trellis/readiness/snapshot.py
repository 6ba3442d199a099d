"""What the critical friend knows about a project's practical preparations,
and the reasoning both it and the readiness page use. Pure: no Django."""

from collections.abc import Iterable
from dataclasses import dataclass

# The seed's practical preparations (its "Prepare the systems and structures
# that enable implementation"), in its order, then anything else.
STANDARD_AREAS = (
    ("admin_support", "Administrative support"),
    ("data_systems", "Data systems"),
    ("technical_support", "Technical support and equipment"),
    ("time", "Realistic time"),
    ("funding", "Funding"),
    ("governance", "Governance and leadership"),
)
OTHER = "other"
AREAS = (*STANDARD_AREAS, (OTHER, "Other"))
AREA_NAMES = dict(AREAS)
DONE = frozenset({"ready", "not_needed"})


@dataclass(frozen=True)
class ItemFacts:
    area: str
    status: str
    description: str = ""


@dataclass(frozen=True)
class ReadinessFacts:
    items: tuple[ItemFacts, ...] = ()


def not_ready(items: Iterable[ItemFacts]) -> list[str]:
    """What is neither ready nor not needed, by name: each standard area with
    no item or an unfinished one, then each unfinished other preparation."""
    items = list(items)
    done = {i.area for i in items if i.area != OTHER and i.status in DONE}
    names = [name for slug, name in STANDARD_AREAS if slug not in done]
    names += [i.description or AREA_NAMES[OTHER] for i in items
              if i.area == OTHER and i.status not in DONE]
    return names
