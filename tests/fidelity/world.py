from tests.fidelity.factories import ComponentFactory, RatingFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"check_pk": MISSING_PK})
def fidelity(org, objects):
    component = ComponentFactory(project=objects["project"], name="Private family time")
    rating = RatingFactory(fidelity_check__project=objects["project"], core_component=component)
    return {"check_pk": rating.fidelity_check.pk}
