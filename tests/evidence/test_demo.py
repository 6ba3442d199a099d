from tests.factories import ProjectFactory
from trellis.evidence.demo import add_kinship_evidence
from trellis.evidence.parts import evidence_facts
from trellis.insights.engine import review
from trellis.projects.snapshot import ProjectSnapshot


def test_kinship_demo_evidence(org_a, editor):
    project = ProjectFactory(organisation=org_a, title="Peer support for kinship carers")
    items = add_kinship_evidence(project, editor)
    assert len(items) >= 5
    assert len({i.slice for i in items}) >= 4
    assert all(i.source.startswith("Demo data") for i in items)
    assert all(i.created_by == editor and i.confidence for i in items)
    lived = [i for i in items if i.slice == "lived-experience"]
    assert lived and "kinship carers' consultation" in lived[0].source_group.lower()
    # Running it again adds nothing.
    assert add_kinship_evidence(project, editor) == []
    assert project.evidence.count() == len(items)


def test_demo_evidence_satisfies_the_evidence_rules(org_a, editor):
    project = ProjectFactory(organisation=org_a)
    add_kinship_evidence(project, editor)
    snapshot = ProjectSnapshot(title=project.title, phase="explore", status="active",
                               today=project.created_at.date(),
                               parts={"evidence": evidence_facts(project)})
    rules = {f.rule for f in review(snapshot)}
    assert not rules & {"evidence-few-slices", "no-lived-experience-evidence"}
