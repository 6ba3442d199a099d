"""Critical-friend rules about who has been engaged."""

from trellis.insights.engine import Severity, rule

from .snapshot import EngagementFacts


@rule("no-family-engagement", guide="engage-influence-change")
def no_family_engagement(p):
    facts: EngagementFacts | None = p.part("engagement")
    if facts is None or p.status == "closed" or facts.families_engaged:
        return
    if facts.activities:
        yield Severity.NOTE, (
            f"None of the {facts.activities} engagement activit"
            f"{'ies' if facts.activities != 1 else 'y'} logged involved children, young people, "
            "parents or carers. They have the greatest stake in the change."
        )
    else:
        yield Severity.NOTE, (
            "No engagement with children, young people, parents or carers has been logged. "
            "They have the greatest stake in the change."
        )
