"""What the critical friend knows about a project's adaptations. Pure: no Django."""

from dataclasses import dataclass


@dataclass(frozen=True)
class AdaptationFacts:
    pk: int
    what_changed: str
    core_component: str = ""  # the component's name; empty when only delivery changed


@dataclass(frozen=True)
class AdaptationsFacts:
    adaptations: tuple[AdaptationFacts, ...] = ()

    @property
    def to_core_components(self) -> tuple[AdaptationFacts, ...]:
        return tuple(a for a in self.adaptations if a.core_component)


def flag(component_name: str) -> str:
    """The words the plan shows beside an adaptation to a core component."""
    return f"Changes core component: {component_name}" if component_name else ""


def shorten(text: str, limit: int = 80) -> str:
    """The text on one line, cut at a word boundary with "…" when too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:.") + "…"
