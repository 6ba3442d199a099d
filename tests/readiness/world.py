from tests.readiness.factories import ReadinessItemFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"readiness_item_pk": MISSING_PK})
def readiness(org, objects):
    return {"readiness_item_pk": ReadinessItemFactory(project=objects["project"]).pk}
