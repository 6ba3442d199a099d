from trellis.plans.models import PlanRevision
from trellis.readiness.demo import add_fgc_readiness
from trellis.readiness.parts import readiness_facts
from trellis.readiness.snapshot import not_ready


def test_fgc_readiness(project, editor):
    items = add_fgc_readiness(project, editor)
    assert [i.area for i in items] == ["admin_support", "data_systems", "technical_support",
                                       "time", "funding", "governance"]
    assert {i.status for i in items} == {"ready", "in_progress", "not_started"}
    assert all(i.owner == editor for i in items)
    assert not_ready(readiness_facts(project).items) == [
        "Data systems", "Realistic time", "Governance and leadership"]
    assert PlanRevision.objects.filter(project=project).count() == 6
