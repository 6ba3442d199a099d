"""The critical friend: plain rules that read a snapshot of a project and say,
in the framework's own terms, what is missing or at risk.

A rule is a pure function from a snapshot to findings. Each capability
registers its own rules with `@rule(...)`; pages call `review(snapshot)`.
Nothing here imports Django, so rules are tested on plain data."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum

from trellis.framework.loader import get_framework


class Severity(IntEnum):
    """Higher is more urgent; findings are listed most urgent first."""

    NOTE = 1
    WARNING = 2
    CONCERN = 3

    @property
    def label(self) -> str:
        return {1: "Worth a look", 2: "Needs attention", 3: "At risk"}[self.value]

    @property
    def colour(self) -> str:
        return {1: "grey", 2: "orange", 3: "red"}[self.value]


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    guide_anchor: str
    area: str = ""  # the capability whose rule found it, e.g. "evidence"

    @property
    def guide_page(self) -> str:
        return get_framework().section(self.guide_anchor).page

    @property
    def guide_title(self) -> str:
        return get_framework().section(self.guide_anchor).title


@dataclass(frozen=True)
class Rule:
    slug: str
    guide_anchor: str
    check: Callable[[object], Iterable[tuple[Severity, str]]]

    @property
    def area(self) -> str:
        """The capability that registered it: "trellis.evidence.rules" -> "evidence"."""
        parts = self.check.__module__.split(".")
        return parts[1] if len(parts) > 2 else parts[0]


_RULES: dict[str, Rule] = {}


def rule(slug: str, *, guide: str) -> Callable:
    """Register a rule. `guide` is the anchor of the guide section that explains
    why it matters; an unknown anchor fails at import, not on a page."""
    get_framework().section(guide)

    def register(check: Callable) -> Callable:
        if slug in _RULES:
            raise ValueError(f"A critical-friend rule called {slug!r} already exists")
        _RULES[slug] = Rule(slug, guide, check)
        return check

    return register


def registered_rules() -> tuple[Rule, ...]:
    return tuple(_RULES.values())


def review(snapshot: object, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """Every finding of every rule, most urgent first, in a stable order."""
    findings = [
        Finding(r.slug, severity, message, r.guide_anchor, r.area)
        for r in (registered_rules() if rules is None else rules)
        for severity, message in r.check(snapshot)
    ]
    return sorted(findings, key=lambda f: (-f.severity, f.rule, f.message))
