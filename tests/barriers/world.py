from tests.barriers.factories import BarrierEnablerFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"barrier_pk": MISSING_PK})
def barriers(org, objects):
    entry = BarrierEnablerFactory(project=objects["project"])
    return {"barrier_pk": entry.pk}
