from tests.factories import EvidenceItemFactory
from trellis.barriers.demo import add_kinship_barriers
from trellis.engagement.demo import add_kinship_engagement


def test_kinship_case_study(project, editor):
    census = EvidenceItemFactory(project=project, slice="population-data")
    voices = EvidenceItemFactory(project=project, slice="lived-experience")
    engagement = add_kinship_engagement(project, editor)
    add_kinship_barriers(project, editor, [census, voices], engagement)
    entries = {e.cfir_domain: e for e in project.barriers_enablers.all()}
    assert set(entries) == {"outer-setting", "innovation", "individuals", "inner-setting"}
    informal = entries["outer-setting"]
    assert (informal.kind, informal.strength) == ("barrier", -2)
    assert list(informal.evidence.all()) == [census]
    assert set(informal.engagement.all()) == set(engagement[:2])
    assert "childcare" in entries["innovation"].description
    assert entries["individuals"].kind == entries["inner-setting"].kind == "enabler"
    assert list(entries["individuals"].evidence.all()) == [voices]
    assert all(e.phase_found == project.phase for e in entries.values())
