from tests.factories import EvidenceItemFactory
from trellis.decisions import criteria
from trellis.decisions.demo import MENTORING, PEER_GROUPS, add_kinship_decision
from trellis.decisions.models import Appraisal, Decision
from trellis.decisions.parts import decision_facts


def test_kinship_example(project, editor):
    evidence = [EvidenceItemFactory(project=project), EvidenceItemFactory(project=project)]
    add_kinship_decision(project, editor, evidence)
    names = sorted(project.candidates.values_list("name", flat=True))
    assert names == sorted([PEER_GROUPS, MENTORING])
    assert Appraisal.objects.count() == 2 * len(criteria.CRITERIA)
    assert Appraisal.objects.filter(evidence__isnull=False).exists()
    decision = Decision.objects.get()
    assert (decision.outcome, decision.candidate_name) == ("proceed", PEER_GROUPS)
    assert "kinship carer representatives" in decision.participants
    project.refresh_from_db()
    assert project.approach == PEER_GROUPS
    assert all(c.stages_appraised == {"suitability", "feasibility"}
               for c in decision_facts(project).candidates)


def test_runs_once_and_copes_with_no_evidence(project, editor):
    add_kinship_decision(project, editor, [])
    add_kinship_decision(project, editor, [])
    assert project.candidates.count() == 2
    assert Decision.objects.count() == 1
