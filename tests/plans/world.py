from tests.plans.factories import (
    CoreComponentFactory,
    FinalOutcomeFactory,
    ImplementationOutcomeFactory,
)
from tests.worlds import MISSING_PK, world_part
from trellis.plans.revisions import record_revision


@world_part(missing={"component_pk": MISSING_PK, "outcome_pk": MISSING_PK,
                     "final_outcome_pk": MISSING_PK, "revision_number": MISSING_PK,
                     "perspective": "no-such-perspective"})
def plan(org, objects):
    project = objects["project"]
    component = CoreComponentFactory(project=project)
    outcome = ImplementationOutcomeFactory(project=project)
    final = FinalOutcomeFactory(project=project)
    revision = record_revision(project=project, user=None, summary="Plan started")
    objects.update(component=component)
    return {"component_pk": component.pk, "outcome_pk": outcome.pk,
            "final_outcome_pk": final.pk, "revision_number": revision.number,
            "perspective": "leaders"}
