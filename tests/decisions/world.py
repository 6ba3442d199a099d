from tests.decisions.factories import CandidateFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"candidate_pk": MISSING_PK, "criterion_slug": "no-such-criterion"})
def decisions(org, objects):
    candidate = CandidateFactory(project=objects["project"], name="Peer network groups")
    objects["candidate"] = candidate
    return {"candidate_pk": candidate.pk, "criterion_slug": "addresses-need"}
