"""Critical-friend rule about the readiness checklist.

Practical preparations are made in Prepare; once delivery has begun, any
area that is neither ready nor marked not needed (including one nobody has
looked at) is worth a look."""

from trellis.insights.engine import Severity, rule

from .snapshot import ReadinessFacts, not_ready


@rule("readiness-gaps-in-delivery", guide="prepare-practically-prepare")
def readiness_gaps_in_delivery(p):
    facts: ReadinessFacts | None = p.part("readiness")
    if facts is None or p.phase != "deliver" or p.status == "closed":
        return
    gaps = not_ready(facts.items)
    if gaps:
        yield Severity.NOTE, (
            "Delivery has begun but these practical preparations are not confirmed as ready: "
            f"{', '.join(gaps)}. Check they are in place, or mark them not needed.")
