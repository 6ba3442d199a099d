"""The register rule, on plain snapshots."""

from datetime import date

from trellis.barriers.snapshot import BarrierFacts
from trellis.insights.engine import Severity, review
from trellis.projects.snapshot import ProjectSnapshot


def findings(facts, status="active"):
    snapshot = ProjectSnapshot(title="Kinship", phase="explore", status=status,
                               today=date(2026, 11, 26),
                               parts={} if facts is None else {"barriers": facts})
    return [f for f in review(snapshot) if f.rule == "no-barriers-or-enablers"]


def test_warning_when_the_register_is_empty():
    [finding] = findings(BarrierFacts(0, 0, 0, {}))
    assert finding.severity is Severity.WARNING
    assert finding.guide_anchor == "explore-barriers-and-enablers"
    assert finding.guide_page == "explore"


def test_any_entry_satisfies_it():
    assert findings(BarrierFacts(0, 1, 1, {"individuals": 1})) == []
    assert findings(BarrierFacts(0, 0, 1, {"innovation": 1})) == []  # a resolved barrier


def test_nothing_without_the_part_or_when_closed():
    assert findings(None) == []
    assert findings(BarrierFacts(0, 0, 0, {}), status="closed") == []
