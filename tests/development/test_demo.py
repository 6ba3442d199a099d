from trellis.development.demo import add_fgc_development
from trellis.development.parts import development_facts
from trellis.development.snapshot import groups_covered, trainings_without_follow_on
from trellis.framework.loader import get_framework
from trellis.plans.models import PlanRevision


def test_figure_5_professional_development(project, editor):
    training, *follow_on = add_fgc_development(project, editor)
    assert training.kind == "training"
    assert "accredited provider" in training.name
    assert len(follow_on) == 3
    assert all(a.follow_on_of == training for a in follow_on)
    facts = development_facts(project)
    group_of = {m.slug: m.group for m in get_framework().all_pd_mechanisms()}
    assert groups_covered(facts.activities, group_of) == {
        "build-knowledge", "motivate", "develop-techniques", "embed-practice"}
    assert trainings_without_follow_on(facts.activities, set()) == []
    assert PlanRevision.objects.filter(project=project).count() == 4
