"""What the critical-friend rules know about a project's implementation plan (pure)."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PlanFacts:
    components: int = 0  # current (not retired) core components
    # Names of current core components with no "what it looks like when done well".
    components_without_fidelity: tuple[str, ...] = ()
    implementation_outcomes: int = 0
    outcome_types: frozenset[str] = frozenset()  # e.g. {"buy-in", "fidelity"}
    final_outcomes: int = 0
    revisions: int = 0
    last_revised: date | None = None

    @property
    def started(self) -> bool:
        """Has anyone begun the plan?"""
        return bool(self.components or self.implementation_outcomes or self.final_outcomes
                    or self.revisions)
