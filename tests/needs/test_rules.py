"""The needs rules and the facts they read, on plain dataclasses."""

from datetime import date

from trellis.insights.engine import Severity, registered_rules, review
from trellis.needs import rules
from trellis.needs.snapshot import NeedsFacts, RootCauseFacts, needs_facts
from trellis.projects.snapshot import ProjectSnapshot

NEEDS_RULES = [r for r in registered_rules() if r.slug in rules.SLUGS]
SUPPORTED = RootCauseFacts("Carers do not know what they can ask for",
                           frozenset({"lived-experience", "population-data"}))
HUNCH = RootCauseFacts("Groups clash with the school run", frozenset())
SINGLE = RootCauseFacts("Practitioners see carers only in a crisis",
                        frozenset({"professional-knowledge"}))


def facts(**changes) -> NeedsFacts:
    base = {"root_causes": (SUPPORTED,), "has_need": True, "has_target_population": True,
            "practice_notes": 2}
    return NeedsFacts(**{**base, **changes})


def found(needs=None, **project):
    base = {"title": "Kinship peer support", "phase": "explore", "status": "active",
            "today": date(2026, 11, 26)}
    parts = {} if needs is None else {"needs": needs}
    return review(ProjectSnapshot(**{**base, **project}, parts=parts), NEEDS_RULES)


def test_all_rules_are_registered_with_the_explore_guide():
    assert {r.slug for r in NEEDS_RULES} == set(rules.SLUGS)
    assert {r.guide_anchor for r in NEEDS_RULES} == {"explore-problem-and-current-practice"}


def test_a_well_evidenced_project_has_no_findings():
    assert found(facts()) == []


def test_nothing_without_the_needs_part():
    assert found(None) == []


def test_one_root_cause_without_evidence():
    (finding,) = found(facts(root_causes=(SUPPORTED, HUNCH)))
    assert finding.rule == "root-cause-without-evidence"
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith(
        "1 root cause has no supporting evidence: 'Groups clash with the school run'.")


def test_several_root_causes_without_evidence_name_the_first():
    other = RootCauseFacts("Nobody asked carers", frozenset())
    (finding,) = found(facts(root_causes=(HUNCH, SUPPORTED, other)))
    assert finding.message.startswith("2 root causes have no supporting evidence, starting "
                                      "with 'Groups clash with the school run'.")


def test_single_slice_causes_are_worth_triangulating():
    (finding,) = found(facts(root_causes=(SINGLE, SUPPORTED)))
    assert finding.rule == "root-cause-single-slice"
    assert finding.severity is Severity.NOTE
    assert "1 root cause rests on one slice" in finding.message
    assert "'Practitioners see carers only in a crisis'" in finding.message


def test_missing_target_population():
    (finding,) = found(facts(has_target_population=False))
    assert finding.rule == "need-or-population-not-stated"
    assert finding.message.startswith("No target population is stated")


def test_missing_need_and_population_together():
    (finding,) = found(facts(has_need=False, has_target_population=False))
    assert "need or its target population" in finding.message


def test_missing_need_only():
    (finding,) = found(facts(has_need=False))
    assert finding.message.startswith("The child and family need is not stated")


def test_current_practice_not_recorded_in_explore():
    assert [f.rule for f in found(facts(practice_notes=0))] == [
        "current-practice-not-recorded"]
    assert found(facts(practice_notes=0), phase="deliver") == []
    assert found(facts(practice_notes=0, root_causes=())) == []


def test_closed_projects_are_not_nagged():
    needs = facts(root_causes=(HUNCH,), has_target_population=False, practice_notes=0)
    assert found(needs, status="closed") == []


def test_facts_from_joined_rows():
    rows = [(1, "a", "lived-experience"), (1, "a", "population-data"), (2, "b", None),
            (1, "a", "lived-experience")]
    built = needs_facts(rows, need="Carers feel isolated", target_population="  ",
                        practice_notes=3)
    assert built.root_causes == (
        RootCauseFacts("a", frozenset({"lived-experience", "population-data"})),
        RootCauseFacts("b", frozenset()))
    assert (built.has_need, built.has_target_population, built.practice_notes) == (
        True, False, 3)
    assert built.root_causes[1].is_hunch
