from tests.engagement.factories import EngagementActivityFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"engagement_pk": MISSING_PK})
def engagement(org, objects):
    activity = EngagementActivityFactory(project=objects["project"])
    objects["engagement"] = activity
    return {"engagement_pk": activity.pk}
