"""The demo's worked example of the decision tool, for "Peer support for
kinship carers": two candidates, appraised on every criterion, and a decision."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from trellis.organisations.models import User
from trellis.projects.models import Project

from . import services
from .models import Origin

PEER_GROUPS = "Kinship carer peer network groups"
MENTORING = "One-to-one kinship carer mentoring"

CANDIDATES = [
    {
        "name": PEER_GROUPS, "origin": Origin.LOCAL,
        "description": "Monthly carer-led groups in family hubs, with a facilitator from the "
                       "kinship team and an online group between meetings. Developed locally "
                       "from the principles in the Kinship Practice Guide.",
        # criterion: (rating, rationale, which of the evidence items to link)
        "appraisals": {
            "addresses-need": (5, "Carers told us that isolation and not knowing what help "
                                  "exists are their main problems. Meeting other carers "
                                  "regularly tackles both directly.", [0]),
            "research-evidence": (3, "The Kinship Practice Guide supports peer support as "
                                     "part of a local offer, but robust evaluations of peer "
                                     "groups for informal kinship carers are few.", [1]),
            "local-fit": (4, "Builds on two carer-led groups already meeting in the north of "
                             "the area, and on family hub venues carers already use.", [0]),
            "simple": (4, "Few elements: a monthly group, a trained facilitator and an "
                          "online group.", []),
            "well-specified": (3, "We must write down the essential elements ourselves. A "
                                  "short specification is in draft.", []),
            "well-resourced": (3, "Family hubs can host the groups at no cost; facilitator "
                                  "time has to come from the kinship team.", []),
            "measurable": (3, "Attendance and a short isolation questionnaire are easy to "
                              "collect. Longer-term outcomes for children are harder.", []),
            "pinch-points": (4, "The known pinch point is reaching informal carers who are "
                                "not known to services. Schools and health visitors have "
                                "agreed to refer.", [1]),
            "capacity-and-cost": (4, "Two facilitators for one day a week each, and venue "
                                     "costs, fit within the existing kinship budget.", []),
        },
    },
    {
        "name": MENTORING, "origin": Origin.ADAPTED,
        "description": "Trained volunteer mentors, themselves experienced kinship carers, "
                       "matched one to one with new carers for six months. Adapted from a "
                       "scheme run by another local authority.",
        "appraisals": {
            "addresses-need": (3, "Helps individual carers find their way to support, but "
                                  "does less for isolation than meeting other carers.", [0]),
            "research-evidence": (3, "The other authority's evaluation found carers were "
                                     "satisfied, but it had no comparison group.", [1]),
            "local-fit": (3, "We have no mentoring scheme to build on; recruiting and "
                             "checking volunteers would be new to the team.", []),
            "simple": (3, "Matching, training, supervision and endings all need managing.",
                       []),
            "well-specified": (4, "The other authority's handbook sets out matching, "
                                  "training and supervision clearly.", []),
            "well-resourced": (2, "Volunteer training and supervision would need new "
                                  "funding.", []),
            "measurable": (3, "Mentoring logs and carer feedback are available; outcomes "
                              "beyond satisfaction are harder to show.", []),
            "pinch-points": (2, "Their evaluation flagged volunteers dropping out and long "
                                "waits to be matched.", [1]),
            "capacity-and-cost": (2, "A coordinator post, background checks and training "
                                     "cost more than the current budget allows.", []),
        },
    },
]


def _pick(evidence: list, indexes: list[int]) -> list:
    return [evidence[i] for i in indexes if i < len(evidence)]


@transaction.atomic
def add_kinship_decision(project: Project, user: User, evidence: list) -> None:
    """Two appraised candidates and a decision to proceed with the peer
    network groups. `evidence` is some of the project's evidence items, to
    link to the appraisals. Does nothing if the project already has candidates."""
    if project.candidates.exists():
        return
    chosen = None
    for spec in CANDIDATES:
        candidate = services.add_candidate(project=project, created_by=user, name=spec["name"],
                                           origin=spec["origin"],
                                           description=spec["description"])
        for criterion, (rating, rationale, links) in spec["appraisals"].items():
            services.appraise(candidate=candidate, criterion=criterion, rating=rating,
                              rationale=rationale, evidence=_pick(evidence, links), version=0,
                              appraised_by=user)
        if spec["name"] == PEER_GROUPS:
            chosen = candidate
    project.refresh_from_db(fields=["version"])
    services.record_decision(
        project=project, outcome="proceed", candidate=chosen, recorded_by=user,
        rationale="Peer network groups scored higher on both suitability and feasibility. "
                  "They meet the isolation carers described, build on groups that already "
                  "exist and fit the current budget. Mentoring stays an option to revisit "
                  "once the groups are running.",
        participants="Kinship team, Local Evidence Lead, two kinship carer representatives",
        decided_on=timezone.localdate() - timedelta(days=14),
    )
