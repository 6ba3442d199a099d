"""Critical-friend rules about the barriers and enablers register.

"No barriers or enablers recorded" fires whenever the register is empty, in
any phase and whatever evidence exists: anticipating what will help or hinder
is worth doing from the start, and simple to explain."""

from trellis.insights.engine import Severity, rule

from .snapshot import BarrierFacts


@rule("no-barriers-or-enablers", guide="explore-barriers-and-enablers")
def no_barriers_or_enablers(p):
    facts: BarrierFacts | None = p.part("barriers")
    if facts is None or p.status == "closed" or facts.total:
        return
    yield Severity.WARNING, (
        "No barriers or enablers have been recorded. Ask the people delivering services "
        "what will help or hinder implementation, and record them by CFIR domain."
    )
