"""The demo's kinship carers' root causes and practice notes."""

from tests.factories import EvidenceItemFactory, ProjectFactory
from trellis.needs.demo import add_kinship_needs
from trellis.needs.parts import needs_part


def evidence_for(project):
    slices = ["population-data", "organisational-data", "professional-knowledge",
              "lived-experience", "evaluations", "wider-research"]
    return [EvidenceItemFactory(project=project, slice=s) for s in slices]


def test_three_causes_two_supported_across_slices_one_hunch(project, editor):
    add_kinship_needs(project, editor, evidence_for(project))
    facts = needs_part(project)[0]
    assert len(facts.root_causes) == 3
    first, second, third = facts.root_causes
    assert len(first.slices) >= 2 and len(second.slices) >= 2
    assert third.is_hunch
    assert facts.practice_notes == 3
    kinds = set(project.practice_notes.values_list("kind", flat=True))
    assert kinds == {"current_practice", "belief_or_value", "contextual_factor"}


def test_works_with_whatever_evidence_it_is_given(project, editor):
    """Slices the demo would prefer may be missing: it links what there is."""
    items = [EvidenceItemFactory(project=project, slice="evaluations"),
             EvidenceItemFactory(project=project, slice="wider-research"),
             EvidenceItemFactory(project=project, slice="evaluations")]
    add_kinship_needs(project, editor, items)
    first, second, third = needs_part(project)[0].root_causes
    assert first.slices == {"evaluations", "wider-research"}
    assert second.slices == {"evaluations"}
    assert third.is_hunch


def test_no_evidence_means_hunches(project, editor):
    add_kinship_needs(project, editor, [])
    assert all(c.is_hunch for c in needs_part(project)[0].root_causes)


def test_ignores_other_projects_evidence_and_runs_once(project, org_a, editor):
    elsewhere = evidence_for(ProjectFactory(organisation=org_a))
    add_kinship_needs(project, editor, elsewhere)
    add_kinship_needs(project, editor, evidence_for(project))
    assert project.root_causes.count() == 3
    assert project.practice_notes.count() == 3
    assert all(c.is_hunch for c in needs_part(project)[0].root_causes)
