"""Critical-friend rules about the package of implementation strategies.

The framework asks for a tailored package: strategies chosen in response to
the barriers found in Explore, several of them, reinforcing each other at
different levels. The barrier check waits for the Prepare phase (or the
first strategy), since Explore is for finding barriers, not answering them."""

from trellis.insights.engine import Severity, rule

from .snapshot import StrategyFacts

GUIDE = "prepare-tailored-strategies"
AUDIENCES = {"individual": "individual practitioners", "team": "teams",
             "service": "the whole service", "partnership": "the partnership"}
SHOWN = 3


def _some(texts: tuple[str, ...]) -> str:
    """The first few, quoted, and how many more."""
    quoted = "; ".join(f"‘{text.rstrip('.')}’" for text in texts[:SHOWN])
    more = len(texts) - SHOWN
    return f"{quoted} and {more} more" if more > 0 else quoted


def _facts(p) -> StrategyFacts | None:
    facts = p.part("strategies")
    return None if facts is None or p.status == "closed" else facts


@rule("open-barrier-without-strategy", guide=GUIDE)
def open_barrier_without_strategy(p):
    facts = _facts(p)
    if facts is None or not facts.uncovered or (p.phase == "explore" and not facts.strategies):
        return
    n = len(facts.uncovered)
    has = "open barrier has" if n == 1 else "open barriers have"
    yield Severity.WARNING, (
        f"{n} {has} no strategy to address {'it' if n == 1 else 'them'}: "
        f"{_some(facts.uncovered)}. Choose strategies in response to the barriers you found."
    )


@rule("strategy-addresses-no-barrier", guide=GUIDE)
def strategy_addresses_no_barrier(p):
    facts = _facts(p)
    if facts is None or not facts.unlinked:
        return
    n = len(facts.unlinked)
    strategies = "strategy is" if n == 1 else "strategies are"
    yield Severity.NOTE, (
        f"{n} {strategies} not linked to any barrier: {_some(facts.unlinked)}. Say which "
        "barriers each one addresses, or check that it is needed."
    )


@rule("narrow-strategy-package", guide=GUIDE)
def narrow_strategy_package(p):
    facts = _facts(p)
    if facts is None or not facts.strategies:
        return
    if facts.strategies == 1:
        yield Severity.WARNING, (
            "Only one implementation strategy is planned. One strategy on its own, even "
            "professional development, is rarely enough: combine strategies that reinforce "
            "each other.")
    elif len(facts.levels) == 1:
        audience = AUDIENCES.get(facts.levels[0], facts.levels[0])
        yield Severity.WARNING, (
            f"All {facts.strategies} strategies are aimed at {audience}. Combine strategies "
            "for individual practitioners with ones for teams, the service and partners, so "
            "they reinforce each other.")
