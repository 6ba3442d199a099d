"""What the critical-friend rules know about a project's decision tool.
Plain frozen dataclasses, no Django."""

from dataclasses import dataclass


@dataclass(frozen=True)
class CandidateFacts:
    name: str
    # Stages ("suitability", "feasibility") in which every criterion is rated.
    stages_appraised: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DecisionFacts:
    candidates: tuple[CandidateFacts, ...] = ()
    decisions: int = 0
