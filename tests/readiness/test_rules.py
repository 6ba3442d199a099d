"""The readiness rule, on plain snapshots."""

from datetime import date

from trellis.insights.engine import Severity, review
from trellis.projects.snapshot import ProjectSnapshot
from trellis.readiness.snapshot import ItemFacts, ReadinessFacts, not_ready

ALL_READY = tuple(ItemFacts(area, "ready") for area in (
    "admin_support", "data_systems", "technical_support", "time", "funding"
)) + (ItemFacts("governance", "not_needed"),)


def findings(facts, phase="deliver", status="active"):
    snapshot = ProjectSnapshot(title="FGC", phase=phase, status=status,
                               today=date(2026, 11, 26),
                               parts={} if facts is None else {"readiness": facts})
    return [f for f in review(snapshot) if f.rule == "readiness-gaps-in-delivery"]


def test_a_note_in_deliver_naming_what_is_not_ready():
    items = (*ALL_READY[:4], ItemFacts("funding", "in_progress"),
             ItemFacts("other", "not_started", "Interpreters"))
    [finding] = findings(ReadinessFacts(items))
    assert finding.severity is Severity.NOTE
    assert finding.guide_anchor == "prepare-practically-prepare"
    assert "not confirmed as ready: Funding, Governance and leadership, Interpreters." in (
        finding.message)


def test_ready_or_not_needed_everywhere_is_quiet():
    assert findings(ReadinessFacts(ALL_READY)) == []
    assert findings(ReadinessFacts((*ALL_READY, ItemFacts("other", "not_needed", "X")))) == []


def test_only_in_deliver_and_never_without_the_part():
    assert findings(ReadinessFacts(()), phase="prepare") == []
    assert findings(ReadinessFacts(()), phase="sustain") == []
    assert findings(ReadinessFacts(()), status="closed") == []
    assert findings(None) == []
    assert len(findings(ReadinessFacts(()))) == 1


def test_not_ready_lists_unrecorded_areas_in_the_seeds_order():
    assert not_ready([]) == ["Administrative support", "Data systems",
                             "Technical support and equipment", "Realistic time", "Funding",
                             "Governance and leadership"]
    assert not_ready([*ALL_READY, ItemFacts("other", "in_progress")]) == ["Other"]
