"""The critical-friend rules about evidence, on plain snapshots."""

from datetime import date

from trellis.evidence.snapshot import EvidenceFacts
from trellis.framework.loader import get_framework
from trellis.insights.engine import Severity, registered_rules, review
from trellis.projects.snapshot import ProjectSnapshot

EVIDENCE_RULES = [r for r in registered_rules()
                  if r.slug in ("evidence-few-slices", "no-lived-experience-evidence")]
SLUGS = [s.slug for s in get_framework().evidence_pie.slices]


def facts(*numbers: int) -> EvidenceFacts:
    return EvidenceFacts(counts_by_slice=dict(zip(SLUGS, numbers, strict=True)))


def findings(evidence: EvidenceFacts | None, status: str = "active"):
    parts = {} if evidence is None else {"evidence": evidence}
    snapshot = ProjectSnapshot(title="Kinship peer support", phase="explore", status=status,
                               today=date(2026, 11, 26), parts=parts)
    return review(snapshot, EVIDENCE_RULES)


def test_both_rules_are_registered_with_guide_sections():
    guides = {r.slug: r.guide_anchor for r in EVIDENCE_RULES}
    assert guides == {"evidence-few-slices": "explore-problem-and-current-practice",
                      "no-lived-experience-evidence": "lived-experience"}


def test_without_the_evidence_part_the_rules_say_nothing():
    assert findings(None) == []


def test_broad_evidence_with_lived_experience_has_no_findings():
    assert findings(facts(1, 1, 0, 2, 0, 0)) == []


def test_no_evidence_at_all_is_one_warning():
    (finding,) = findings(facts(0, 0, 0, 0, 0, 0))
    assert finding.rule == "evidence-few-slices"
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("No evidence is recorded yet")
    assert finding.guide_page == "explore"


def test_two_slices_are_too_few_and_are_named():
    found = findings(facts(3, 0, 0, 1, 0, 0))
    assert [f.rule for f in found] == ["evidence-few-slices"]
    assert "only 2 slices of the Evidence Pie (population data and lived experience)" in (
        found[0].message)


def test_one_slice_without_lived_experience_gives_both_warnings():
    found = findings(facts(0, 0, 4, 0, 0, 0))
    assert [f.rule for f in found] == ["evidence-few-slices", "no-lived-experience-evidence"]
    assert "only 1 slice of the Evidence Pie (professional knowledge)" in found[0].message
    assert found[1].severity is Severity.WARNING
    assert found[1].guide_page == "evidence-pie"
    assert found[1].guide_title == "Lived experience"


def test_three_slices_but_no_lived_experience():
    found = findings(facts(1, 1, 1, 0, 0, 0))
    assert [f.rule for f in found] == ["no-lived-experience-evidence"]
    assert "None of the evidence comes from lived experience" in found[0].message


def test_closed_projects_are_not_nagged():
    assert findings(facts(0, 0, 0, 0, 0, 0), status="closed") == []
