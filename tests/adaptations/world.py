from tests.adaptations.factories import AdaptationFactory, ComponentFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"adaptation_pk": MISSING_PK})
def adaptations(org, objects):
    component = ComponentFactory(project=objects["project"])
    adaptation = AdaptationFactory(project=objects["project"], core_component=component)
    return {"adaptation_pk": adaptation.pk}
