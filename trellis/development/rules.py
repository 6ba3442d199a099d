"""Critical-friend rules about the professional development plan.

Both rules stay quiet in Explore until something is planned: professional
development is planned in Prepare. A training course counts as followed up
when another activity is recorded as its follow-on support, or when the
course itself uses a mechanism that embeds practice."""

from trellis.framework.loader import get_framework
from trellis.insights.engine import Severity, rule

from .snapshot import DevelopmentFacts, groups_covered, trainings_without_follow_on

EMBED_PRACTICE = "embed-practice"


def _applies(p, facts: DevelopmentFacts | None) -> bool:
    return (facts is not None and p.status != "closed"
            and (bool(facts.activities) or p.phase != "explore"))


@rule("pd-fewer-than-two-groups", guide="prepare-professional-development")
def fewer_than_two_groups(p):
    facts: DevelopmentFacts | None = p.part("development")
    if not _applies(p, facts):
        return
    groups = get_framework().professional_development.groups
    covered = groups_covered(facts.activities, {m.slug: g.slug for g in groups
                                                for m in g.mechanisms})
    if len(covered) >= 2:
        return
    missing = ", ".join(g.name.lower() for g in groups if g.slug not in covered)
    if not facts.activities:
        opening = "No professional development is planned yet."
    else:
        opening = (f"The professional development plan covers {len(covered)} of the 4 "
                   "groups of mechanisms.")
    yield Severity.WARNING, (
        f"{opening} Effective professional development combines mechanisms from several "
        f"groups; missing: {missing}.")


@rule("training-without-follow-on", guide="deliver-follow-on-support")
def training_without_follow_on(p):
    facts: DevelopmentFacts | None = p.part("development")
    if not _applies(p, facts):
        return
    embedding = {m.slug for m in get_framework().pd_group(EMBED_PRACTICE).mechanisms}
    for training in trainings_without_follow_on(facts.activities, embedding):
        yield Severity.WARNING, (
            f"The training '{training.name}' has no follow-on support. Initial training "
            "rarely changes practice on its own: plan coaching, supervision or peer support "
            "that follows on from it.")
