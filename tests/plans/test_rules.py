"""The critical-friend rules about the plan, on plain snapshots."""

from datetime import date

from trellis.insights.engine import Severity, registered_rules, review
from trellis.plans.snapshot import PlanFacts
from trellis.projects.snapshot import ProjectSnapshot

PLAN_RULES = [r for r in registered_rules() if r.area == "plans"]
TODAY = date(2026, 11, 26)
GOOD = PlanFacts(components=3, implementation_outcomes=4,
                 outcome_types=frozenset({"fidelity", "acceptability", "buy-in"}),
                 final_outcomes=2, revisions=5, last_revised=date(2026, 10, 1))


def findings(plan: PlanFacts | None, phase: str = "deliver", status: str = "active"):
    parts = {} if plan is None else {"plan": plan}
    snapshot = ProjectSnapshot(title="FGC", phase=phase, status=status, today=TODAY,
                               parts=parts)
    return review(snapshot, PLAN_RULES)


def messages(plan, **kwargs) -> dict[str, str]:
    return {f.rule: f.message for f in findings(plan, **kwargs)}


def test_the_rules_and_their_guide_sections():
    assert {r.slug: r.guide_anchor for r in PLAN_RULES} == {
        "plan-component-without-fidelity-indicator": "prepare-core-components",
        "plan-outcomes-without-fidelity-or-acceptability": "prepare-monitoring",
        "plan-no-final-outcomes": "prepare-implementation-plan",
        "plan-not-revised": "review-plans",
    }


def test_without_the_plan_part_the_rules_say_nothing():
    assert findings(None) == []


def test_a_good_plan_has_no_findings():
    assert findings(GOOD) == []


def test_closed_projects_and_unstarted_plans_in_explore_say_nothing():
    assert findings(PlanFacts(), phase="deliver", status="closed") == []
    assert findings(PlanFacts(), phase="explore") == []


def test_an_unstarted_plan_in_prepare():
    found = messages(PlanFacts(), phase="prepare")
    assert set(found) == {"plan-outcomes-without-fidelity-or-acceptability",
                          "plan-no-final-outcomes"}
    assert "no implementation outcomes yet" in found[
        "plan-outcomes-without-fidelity-or-acceptability"]


def test_components_without_fidelity_indicators_are_named():
    plan = PlanFacts(**{**GOOD.__dict__, "components_without_fidelity": ("Voluntary",)})
    (finding,) = findings(plan)
    assert finding.severity == Severity.WARNING
    assert finding.message.startswith("1 core component has no fidelity indicator (what it "
                                      "looks like when done well): \u2018Voluntary\u2019.")
    many = PlanFacts(**{**GOOD.__dict__, "components_without_fidelity": tuple("ABCDE")})
    message = messages(many)["plan-component-without-fidelity-indicator"]
    assert "5 core components have no fidelity indicator" in message
    assert "\u2018A\u2019, \u2018B\u2019, \u2018C\u2019 and 2 more" in message


def test_missing_fidelity_or_acceptability_outcomes():
    only_buy_in = PlanFacts(**{**GOOD.__dict__, "outcome_types": frozenset({"buy-in"})})
    assert "include no fidelity or acceptability outcome" in messages(only_buy_in)[
        "plan-outcomes-without-fidelity-or-acceptability"]
    no_acceptability = PlanFacts(**{**GOOD.__dict__, "outcome_types": frozenset({"fidelity"})})
    assert "include no acceptability outcome" in messages(no_acceptability)[
        "plan-outcomes-without-fidelity-or-acceptability"]


def test_no_final_outcomes():
    plan = PlanFacts(**{**GOOD.__dict__, "final_outcomes": 0})
    assert list(messages(plan)) == ["plan-no-final-outcomes"]


def test_not_revised_for_six_months_in_deliver():
    old = PlanFacts(**{**GOOD.__dict__, "last_revised": date(2026, 5, 25)})
    assert messages(old)["plan-not-revised"].startswith(
        "The implementation plan has not been revised since 25 May 2026.")
    just_in_time = PlanFacts(**{**GOOD.__dict__, "last_revised": date(2026, 5, 26)})
    assert findings(just_in_time) == []
    assert findings(old, phase="sustain") == []


def test_never_saved_in_deliver():
    plan = PlanFacts(**{**GOOD.__dict__, "revisions": 0, "last_revised": None})
    assert "no implementation plan saved yet" in messages(plan)["plan-not-revised"]
