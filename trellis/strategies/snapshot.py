"""What the critical friend knows about a project's implementation strategies.
Pure: no Django."""

from collections.abc import Iterable
from dataclasses import dataclass

STRATEGY, UNCOVERED_BARRIER = "strategy", "barrier"


@dataclass(frozen=True)
class StrategyFacts:
    strategies: int
    levels: tuple[str, ...] = ()  # the distinct levels the strategies are aimed at
    unlinked: tuple[str, ...] = ()  # names of strategies linked to no barrier
    uncovered: tuple[str, ...] = ()  # open barriers (descriptions) with no strategy


def facts_from_rows(rows: Iterable[tuple[str, str, str, int]]) -> StrategyFacts:
    """From ("strategy", name, level, barriers linked) and
    ("barrier", description, "", 0) rows, in any order."""
    strategies, barriers = [], []
    for what, text, level, linked in rows:
        (strategies if what == STRATEGY else barriers).append((text, level, linked))
    return StrategyFacts(
        strategies=len(strategies),
        levels=tuple(sorted({level for _, level, _ in strategies})),
        unlinked=tuple(sorted(name for name, _, linked in strategies if not linked)),
        uncovered=tuple(sorted(text for text, _, _ in barriers)),
    )
