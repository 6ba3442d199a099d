from tests.evidence.factories import EvidenceItemFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"evidence_pk": MISSING_PK})
def evidence(org, objects):
    item = EvidenceItemFactory(project=objects["project"])
    objects["evidence"] = item
    return {"evidence_pk": item.pk}
