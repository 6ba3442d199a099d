from tests.development.factories import PdActivityFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"pd_activity_pk": MISSING_PK})
def development(org, objects):
    activity = PdActivityFactory(project=objects["project"], mechanisms=["instruct-technique"])
    return {"pd_activity_pk": activity.pk}
