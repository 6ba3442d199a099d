"""The Prepare phase at a glance on the project page, read from the same
snapshot parts the critical friend uses, so it costs no extra queries."""

from dataclasses import dataclass

from trellis.core.words import counted
from trellis.development.snapshot import groups_covered
from trellis.framework.loader import get_framework


@dataclass(frozen=True)
class PrepareSummary:
    plan: str
    strategies: str
    development: str
    readiness: str
    adaptations: str


def prepare_summary(parts: dict) -> PrepareSummary:
    plan, strategies = parts["plan"], parts["strategies"]
    development, readiness = parts["development"], parts["readiness"]
    adaptations = parts["adaptations"]
    if plan.started:
        revised = (f", last revised {plan.last_revised:%-d %B %Y}" if plan.last_revised else "")
        plan_line = (f"{counted(plan.components, 'core component')}, "
                     f"{counted(plan.implementation_outcomes, 'implementation outcome')}, "
                     f"{counted(plan.final_outcomes, 'final outcome')}; "
                     f"{counted(plan.revisions, 'revision')}{revised}")
    else:
        plan_line = "Not started"
    group_of = {m.slug: g.slug for g in get_framework().professional_development.groups
                for m in g.mechanisms}
    covered = len(groups_covered(development.activities, group_of))
    ready = sum(1 for item in readiness.items if item.status in ("ready", "not_needed"))
    core = sum(1 for a in adaptations.adaptations if a.core_component)
    return PrepareSummary(
        plan=plan_line,
        strategies=(f"{counted(strategies.strategies, 'strategy', 'strategies')}; "
                    f"{counted(len(strategies.uncovered), 'open barrier')} with no strategy"),
        development=(f"{counted(len(development.activities), 'activity', 'activities')}, "
                     f"covering {covered} of 4 mechanism groups"),
        readiness=f"{ready} of {len(readiness.items)} recorded preparations ready",
        adaptations=(f"{counted(len(adaptations.adaptations), 'adaptation')}"
                     + (f", {core} to a core component" if core else "")),
    )
