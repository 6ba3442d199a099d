from tests.reflection.factories import ActionFactory, MeasureFactory, ReviewFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"review_pk": MISSING_PK, "action_pk": MISSING_PK})
def reflection(org, objects):
    review = ReviewFactory(project=objects["project"])
    review.measures.add(MeasureFactory(project=objects["project"]))
    action = ActionFactory(meeting=review)
    return {"review_pk": review.pk, "action_pk": action.pk}
