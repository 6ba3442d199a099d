from tests.adaptations.factories import ComponentFactory
from trellis.adaptations.demo import add_fgc_adaptations
from trellis.plans.models import PlanRevision


def test_fgc_adaptations(project, editor):
    components = [ComponentFactory(project=project, name="The co-ordinator is independent"),
                  ComponentFactory(project=project, name="FGC is family-led and includes "
                                                         "'private family time'")]
    delivery, core = add_fgc_adaptations(project, editor, components)
    assert not delivery.touches_core
    assert "evening" in delivery.what_changed
    assert core.core_component == components[1]
    assert core.planned == "reactive"
    [revision] = PlanRevision.objects.filter(project=project)[:1]
    flags = [i.get("flag") for i in revision.content["adaptations"]]
    assert flags == [None, "Changes core component: FGC is family-led and includes "
                           "'private family time'"]


def test_without_components_only_the_delivery_change(project, editor):
    [only] = add_fgc_adaptations(project, editor, [])
    assert not only.touches_core
