"""The decision tool's critical-friend rules, on plain snapshots."""

from dataclasses import dataclass
from datetime import date

from trellis.decisions.rules import decision_without_engagement, suitability_without_feasibility
from trellis.decisions.snapshot import CandidateFacts, DecisionFacts
from trellis.insights.engine import Severity, registered_rules, review
from trellis.projects.snapshot import ProjectSnapshot

BOTH = frozenset({"suitability", "feasibility"})


@dataclass(frozen=True)
class EngagementFacts:
    audiences: frozenset[str] = frozenset()


def snapshot(**parts):
    return ProjectSnapshot(title="Kinship", phase="explore", status="active",
                           today=date(2026, 11, 26), parts=parts)


def run(check, s):
    return list(check(s))


def test_rules_are_registered_with_their_guide_sections():
    rules = {r.slug: r.guide_anchor for r in registered_rules()}
    assert rules["suitability-without-feasibility"] == "explore-decision-tool"
    assert rules["decision-without-engagement"] == "engage-influence-change"


def test_no_decisions_part_means_no_findings():
    s = snapshot()
    assert run(suitability_without_feasibility, s) == []
    assert run(decision_without_engagement, s) == []


def test_suitability_without_feasibility():
    facts = DecisionFacts(candidates=(
        CandidateFacts("Peer groups", frozenset({"suitability"})),
        CandidateFacts("Mentoring", BOTH),
        CandidateFacts("Helpline", frozenset()),
    ))
    findings = run(suitability_without_feasibility, snapshot(decisions=facts))
    assert len(findings) == 1
    severity, message = findings[0]
    assert severity is Severity.WARNING
    assert message.startswith("'Peer groups' has been appraised for suitability")


def test_several_candidates_are_named_in_one_finding():
    facts = DecisionFacts(candidates=(
        CandidateFacts("A", frozenset({"suitability"})),
        CandidateFacts("B", frozenset({"suitability"})),
        CandidateFacts("C", frozenset({"suitability"})),
    ))
    [(_, message)] = run(suitability_without_feasibility, snapshot(decisions=facts))
    assert message.startswith("'A', 'B' and 'C' have been appraised")


def test_fully_appraised_or_unstarted_candidates_are_fine():
    facts = DecisionFacts(candidates=(CandidateFacts("A", BOTH), CandidateFacts("B")))
    assert run(suitability_without_feasibility, snapshot(decisions=facts)) == []


def test_decision_without_any_engagement_part():
    facts = DecisionFacts(decisions=1)
    [(severity, message)] = run(decision_without_engagement, snapshot(decisions=facts))
    assert severity is Severity.WARNING
    assert "practitioners" in message


def test_decision_with_only_leaders_and_partners_engaged():
    s = snapshot(decisions=DecisionFacts(decisions=2),
                 engagement=EngagementFacts(frozenset({"leaders", "partners"})))
    assert len(run(decision_without_engagement, s)) == 1


def test_decision_with_practitioners_or_families_engaged():
    for audience in ("practitioners", "children_young_people", "parents_carers"):
        s = snapshot(decisions=DecisionFacts(decisions=1),
                     engagement=EngagementFacts(frozenset({"leaders", audience})))
        assert run(decision_without_engagement, s) == []


def test_no_decision_no_finding_even_without_engagement():
    assert run(decision_without_engagement, snapshot(decisions=DecisionFacts())) == []


def test_findings_link_to_the_guide():
    facts = DecisionFacts(candidates=(CandidateFacts("A", frozenset({"suitability"})),),
                          decisions=1)
    rules = [r for r in registered_rules() if r.slug in (
        "suitability-without-feasibility", "decision-without-engagement")]
    findings = review(snapshot(decisions=facts), rules)
    assert {f.guide_page for f in findings} == {"explore", "rec-1-behaviours"}
