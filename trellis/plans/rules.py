"""Critical-friend rules about the implementation plan: core components need
fidelity indicators, monitoring needs fidelity and acceptability outcomes, a
plan needs final outcomes, and a living plan is revised during delivery."""

from collections.abc import Iterator

from trellis.insights.engine import Severity, rule
from trellis.projects.snapshot import ProjectSnapshot

from .dates import months_before
from .snapshot import PlanFacts

PLANNING_PHASES = ("prepare", "deliver", "sustain")
STALE_AFTER_MONTHS = 6
NAMES_SHOWN = 3

Findings = Iterator[tuple[Severity, str]]


def _plan(p: ProjectSnapshot) -> PlanFacts | None:
    """The plan facts when the plan matters: it has been started, or the
    project is past Explore; never for a closed project."""
    facts = p.part("plan")
    if facts is None or p.status == "closed":
        return None
    if not facts.started and p.phase not in PLANNING_PHASES:
        return None
    return facts


def _names(names: tuple[str, ...]) -> str:
    quoted = [f"\u2018{name}\u2019" for name in names[:NAMES_SHOWN]]
    more = len(names) - NAMES_SHOWN
    if more > 0:
        return f"{', '.join(quoted)} and {more} more"
    if len(quoted) < 2:
        return "".join(quoted)
    return f"{', '.join(quoted[:-1])} and {quoted[-1]}"


@rule("plan-component-without-fidelity-indicator", guide="prepare-core-components")
def component_without_fidelity_indicator(p: ProjectSnapshot) -> Findings:
    facts = _plan(p)
    if facts is None or not facts.components_without_fidelity:
        return
    count = len(facts.components_without_fidelity)
    has = "has" if count == 1 else "have"
    yield Severity.WARNING, (
        f"{count} core component{'s' if count != 1 else ''} {has} no fidelity indicator "
        f"(what it looks like when done well): {_names(facts.components_without_fidelity)}. "
        "Without one, nobody can tell whether it is being delivered as intended."
    )


@rule("plan-outcomes-without-fidelity-or-acceptability", guide="prepare-monitoring")
def outcomes_without_fidelity_or_acceptability(p: ProjectSnapshot) -> Findings:
    facts = _plan(p)
    if facts is None:
        return
    if not facts.implementation_outcomes:
        yield Severity.WARNING, (
            "The plan has no implementation outcomes yet. Say what will show that "
            "implementation is going well in the short, medium and long term, including "
            "fidelity and acceptability.")
        return
    missing = [name for name in ("fidelity", "acceptability") if name not in facts.outcome_types]
    if missing:
        which = " or ".join(missing)
        yield Severity.WARNING, (
            f"The implementation outcomes include no {which} outcome. A combination of "
            "outcomes is needed: whether the approach is delivered as intended, and whether "
            "people find it agreeable to use.")


@rule("plan-no-final-outcomes", guide="prepare-implementation-plan")
def no_final_outcomes(p: ProjectSnapshot) -> Findings:
    facts = _plan(p)
    if facts is not None and not facts.final_outcomes:
        yield Severity.WARNING, (
            "The plan has no final outcomes. Say what should change for children, families "
            "and the local authority, and how it will be measured.")


@rule("plan-not-revised", guide="review-plans")
def plan_not_revised(p: ProjectSnapshot) -> Findings:
    facts = _plan(p)
    if facts is None or p.phase != "deliver":
        return
    if facts.last_revised is None:
        yield Severity.WARNING, ("There is no implementation plan saved yet, and the "
                                 "project is in Deliver. Write the plan down so it can guide "
                                 "delivery and be revised as you learn.")
    elif facts.last_revised < months_before(p.today, STALE_AFTER_MONTHS):
        yield Severity.WARNING, (
            f"The implementation plan has not been revised since "
            f"{facts.last_revised.day} {facts.last_revised:%B %Y}. Plans are living documents: "
            "review it against what monitoring shows.")
