"""Critical-friend rules about the decision tool: suitability then
feasibility, and decisions made with the people they affect."""

from trellis.insights.engine import Severity, rule

from .criteria import FEASIBILITY, SUITABILITY

# Engagement audiences that count as practitioners or families.
PRACTITIONERS_OR_FAMILIES = frozenset({"practitioners", "children_young_people",
                                       "parents_carers"})


def _names(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


@rule("suitability-without-feasibility", guide="explore-decision-tool")
def suitability_without_feasibility(snapshot):
    facts = snapshot.part("decisions")
    if facts is None:
        return
    waiting = [c.name for c in facts.candidates
               if SUITABILITY in c.stages_appraised and FEASIBILITY not in c.stages_appraised]
    if waiting:
        has = "has" if len(waiting) == 1 else "have"
        yield Severity.WARNING, (
            f"{_names(waiting)} {has} been appraised for suitability but not yet for "
            "feasibility. Weigh how practical each would be to implement here before "
            "deciding."
        )


@rule("decision-without-engagement", guide="engage-influence-change")
def decision_without_engagement(snapshot):
    facts = snapshot.part("decisions")
    if facts is None or not facts.decisions:
        return
    engagement = snapshot.part("engagement")
    audiences = getattr(engagement, "audiences", None) or frozenset()
    if not audiences & PRACTITIONERS_OR_FAMILIES:
        yield Severity.WARNING, (
            "A decision about what to implement has been recorded, but no engagement with "
            "practitioners, children and young people, or parents and carers is recorded. "
            "The people a change affects should have the chance to influence it."
        )
