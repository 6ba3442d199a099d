"""The engagement rule, on plain snapshots."""

from datetime import date

from trellis.engagement.snapshot import EngagementFacts
from trellis.insights.engine import Severity, review
from trellis.projects.snapshot import ProjectSnapshot


def findings(facts, status="active"):
    snapshot = ProjectSnapshot(title="Kinship", phase="explore", status=status,
                               today=date(2026, 11, 26),
                               parts={} if facts is None else {"engagement": facts})
    return [f for f in review(snapshot) if f.rule == "no-family-engagement"]


def test_audience_values_are_the_agreed_ones():
    from trellis.engagement.models import Audience
    assert Audience.values == ["practitioners", "leaders", "partners", "children_young_people",
                               "parents_carers"]


def test_nothing_without_the_part():
    assert findings(None) == []


def test_note_when_nobody_engaged():
    [finding] = findings(EngagementFacts(audiences=frozenset(), activities=0))
    assert finding.severity is Severity.NOTE
    assert finding.guide_anchor == "engage-influence-change"
    assert "No engagement with children, young people, parents or carers" in finding.message


def test_note_when_only_professionals_engaged():
    [finding] = findings(EngagementFacts(frozenset({"practitioners", "leaders"}), 3))
    assert "None of the 3 engagement activities" in finding.message
    [one] = findings(EngagementFacts(frozenset({"partners"}), 1))
    assert "None of the 1 engagement activity logged" in one.message


def test_children_or_carers_satisfy_it():
    assert findings(EngagementFacts(frozenset({"children_young_people"}), 1)) == []
    assert findings(EngagementFacts(frozenset({"parents_carers", "leaders"}), 2)) == []


def test_closed_projects_are_left_alone():
    assert findings(EngagementFacts(frozenset(), 0), status="closed") == []
