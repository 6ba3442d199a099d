"""The Deliver checks, on plain snapshots."""

from datetime import date

from trellis.insights.engine import Severity, review
from trellis.monitoring.deliver import (
    ActionFacts,
    DeliverFacts,
    MeasureFacts,
    OutcomeFacts,
)
from trellis.projects.snapshot import ProjectSnapshot

TODAY = date(2026, 11, 26)


def found(facts, rule, phase="deliver", status="active"):
    snapshot = ProjectSnapshot(title="FGC", phase=phase, status=status, today=TODAY,
                               parts={} if facts is None else {"deliver": facts})
    return [f for f in review(snapshot) if f.rule == rule]


ACCEPTABILITY = OutcomeFacts(1, "acceptability", "Families find FGCs acceptable")
FIDELITY = OutcomeFacts(2, "fidelity", "FGCs follow the UK standards")


def test_an_outcome_without_a_measure_is_raised_more_firmly_once_delivering():
    facts = DeliverFacts(outcomes=(ACCEPTABILITY, FIDELITY),
                         measures=(MeasureFacts(10, "Fidelity to standards", "fidelity", 2),))
    [finding] = found(facts, "deliver-outcome-without-measure")
    assert finding.severity is Severity.WARNING
    assert "1 implementation outcome has no measure: 'Families find FGCs acceptable'" in (
        finding.message)
    assert found(facts, "deliver-outcome-without-measure", phase="prepare")[0].severity is (
        Severity.NOTE)
    assert found(facts, "deliver-outcome-without-measure", phase="explore") == []


def test_every_outcome_measured_is_quiet():
    facts = DeliverFacts(outcomes=(FIDELITY,), measures=(MeasureFacts(10, "F", "fidelity", 2),))
    assert found(facts, "deliver-outcome-without-measure") == []


def test_components_without_fidelity_data_are_named():
    facts = DeliverFacts(components=((1, "Independent coordinator"), (2, "Private family time")),
                         measures=(MeasureFacts(5, "Fidelity: coordinator", core_component_pk=1,
                                                latest_period=date(2026, 10, 1)),
                                   MeasureFacts(6, "Fidelity: private time",
                                                core_component_pk=2)))
    [finding] = found(facts, "deliver-fidelity-not-measured")
    assert "1 core component: 'Private family time'" in finding.message
    assert finding.guide_anchor == "deliver-fidelity"
    assert found(facts, "deliver-fidelity-not-measured", phase="prepare") == []


def test_a_concern_not_discussed_since_it_appeared_is_at_risk():
    concern = MeasureFacts(1, "Referrals converting", concern_since=date(2026, 7, 1),
                           discussed_on=date(2026, 6, 20))
    [finding] = found(DeliverFacts(measures=(concern,)), "deliver-concern-not-discussed")
    assert finding.severity is Severity.CONCERN
    assert "'Referrals converting' has shown a special-cause concern since July 2026" in (
        finding.message)
    never = MeasureFacts(1, "Referrals converting", concern_since=date(2026, 7, 1))
    assert len(found(DeliverFacts(measures=(never,)), "deliver-concern-not-discussed")) == 1


def test_a_concern_discussed_since_it_appeared_is_quiet():
    discussed = MeasureFacts(1, "Referrals", concern_since=date(2026, 7, 1),
                             discussed_on=date(2026, 8, 14))
    assert found(DeliverFacts(measures=(discussed,)), "deliver-concern-not-discussed") == []


def test_overdue_data_is_a_note_for_one_period_and_a_warning_for_more():
    one = DeliverFacts(measures=(MeasureFacts(1, "Referrals", overdue_periods=1),))
    two = DeliverFacts(measures=(MeasureFacts(1, "Referrals", overdue_periods=1),
                                 MeasureFacts(2, "Placements", overdue_periods=3)))
    assert found(one, "deliver-data-overdue")[0].severity is Severity.NOTE
    [finding] = found(two, "deliver-data-overdue")
    assert finding.severity is Severity.WARNING
    assert "2 measures: 'Referrals', 'Placements'" in finding.message


def test_acceptability_or_buy_in_never_measured_while_delivering():
    facts = DeliverFacts(measures=(MeasureFacts(1, "Acceptability", "acceptability", 1),))
    assert len(found(facts, "deliver-acceptability-never-measured")) == 1
    measured = DeliverFacts(measures=(MeasureFacts(1, "Buy-in", "buy-in", 1,
                                                   latest_period=date(2026, 10, 1)),))
    assert found(measured, "deliver-acceptability-never-measured") == []
    surveyed = DeliverFacts(surveyed_outcome_types=frozenset({"acceptability"}))
    assert found(surveyed, "deliver-acceptability-never-measured") == []
    assert found(facts, "deliver-acceptability-never-measured", phase="prepare") == []


def test_overdue_actions_are_raised_with_the_first_named():
    facts = DeliverFacts(overdue_actions=(
        ActionFacts("Re-brief coordinators", "Sam", date(2026, 11, 2)),
        ActionFacts("Send the audit", "", date(2026, 11, 20))))
    [finding] = found(facts, "deliver-overdue-actions")
    assert finding.message == ("2 actions from reviews are overdue: 'Re-brief coordinators' "
                               "(Sam), due 2 November 2026, and 1 more.")


def test_quiet_without_the_part_or_when_closed():
    facts = DeliverFacts(outcomes=(ACCEPTABILITY,), overdue_actions=(
        ActionFacts("X", "", date(2026, 1, 1)),))
    for rule in ("deliver-outcome-without-measure", "deliver-overdue-actions",
                 "deliver-acceptability-never-measured"):
        assert found(None, rule) == []
        assert found(facts, rule, status="closed") == []
