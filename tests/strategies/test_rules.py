"""The strategy rules, on plain snapshots."""

from datetime import date

import pytest

from trellis.insights.engine import Severity, review
from trellis.projects.snapshot import ProjectSnapshot
from trellis.strategies.snapshot import StrategyFacts, facts_from_rows

RULES = ("open-barrier-without-strategy", "strategy-addresses-no-barrier",
         "narrow-strategy-package")


def findings(facts, phase="prepare", status="active"):
    snapshot = ProjectSnapshot(title="FGC", phase=phase, status=status,
                               today=date(2026, 11, 26),
                               parts={} if facts is None else {"strategies": facts})
    return {f.rule: f for f in review(snapshot) if f.rule in RULES}


GOOD = StrategyFacts(strategies=3, levels=("individual", "service"))


def test_a_tailored_package_passes():
    assert findings(GOOD) == {}


def test_open_barriers_without_a_strategy():
    facts = StrategyFacts(3, ("individual", "team"), uncovered=("A", "B", "C", "D"))
    finding = findings(facts)["open-barrier-without-strategy"]
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("4 open barriers have no strategy to address them: "
                                      "‘A’; ‘B’; ‘C’ and 1 more.")
    assert finding.guide_anchor == "prepare-tailored-strategies"
    assert finding.area == "strategies"
    one = findings(StrategyFacts(2, ("team", "service"), uncovered=("Turnover.",)))
    assert one["open-barrier-without-strategy"].message.startswith(
        "1 open barrier has no strategy to address it: ‘Turnover’.")


def test_in_explore_it_waits_for_the_first_strategy():
    facts = StrategyFacts(0, uncovered=("Turnover",))
    assert findings(facts, phase="explore") == {}
    assert "open-barrier-without-strategy" in findings(facts, phase="prepare")
    started = StrategyFacts(2, ("team", "service"), uncovered=("Turnover",))
    assert "open-barrier-without-strategy" in findings(started, phase="explore")


def test_strategies_linked_to_no_barrier():
    finding = findings(StrategyFacts(3, ("team", "service"), unlinked=("Dashboard",)))[
        "strategy-addresses-no-barrier"]
    assert finding.severity is Severity.NOTE
    assert finding.message.startswith("1 strategy is not linked to any barrier: ‘Dashboard’.")
    two = findings(StrategyFacts(3, ("team", "service"), unlinked=("A", "B")))
    assert two["strategy-addresses-no-barrier"].message.startswith("2 strategies are not")


def test_only_one_strategy():
    finding = findings(StrategyFacts(1, ("team",)))["narrow-strategy-package"]
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("Only one implementation strategy is planned.")


def test_strategies_at_one_level_only():
    finding = findings(StrategyFacts(4, ("individual",)))["narrow-strategy-package"]
    assert finding.message.startswith("All 4 strategies are aimed at individual practitioners.")
    assert "narrow-strategy-package" not in findings(StrategyFacts(0))


@pytest.mark.parametrize("facts", [None, StrategyFacts(1, ("team",), ("X",), ("Y",))])
def test_nothing_without_the_part_or_when_closed(facts):
    assert findings(facts, status="closed") == {}
    assert findings(None) == {}


def test_facts_from_rows():
    rows = [("strategy", "Coaching", "individual", 2), ("barrier", "Turnover", "", 0),
            ("strategy", "Dashboard", "service", 0), ("strategy", "Champions", "team", 1),
            ("barrier", "No data", "", 0), ("strategy", "Briefings", "service", 0)]
    assert facts_from_rows(rows) == StrategyFacts(
        strategies=4, levels=("individual", "service", "team"),
        unlinked=("Briefings", "Dashboard"), uncovered=("No data", "Turnover"))
    assert facts_from_rows([]) == StrategyFacts(0)
