"""The Prepare phase at a glance on the project page, read from the same
snapshot parts the critical friend uses, so it costs no extra queries."""

from dataclasses import dataclass

from trellis.development.snapshot import groups_covered
from trellis.framework.loader import get_framework


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


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
        plan_line = (f"{_plural(plan.components, 'core component')}, "
                     f"{_plural(plan.implementation_outcomes, 'implementation outcome')}, "
                     f"{_plural(plan.final_outcomes, 'final outcome')}; "
                     f"{_plural(plan.revisions, 'revision')}{revised}")
    else:
        plan_line = "Not started"
    group_of = {m.slug: g.slug for g in get_framework().professional_development.groups
                for m in g.mechanisms}
    covered = len(groups_covered(development.activities, group_of))
    ready = sum(1 for item in readiness.items if item.status in ("ready", "not_needed"))
    core = sum(1 for a in adaptations.adaptations if a.core_component)
    return PrepareSummary(
        plan=plan_line,
        strategies=(f"{_plural(strategies.strategies, 'strategy', 'strategies')}; "
                    f"{_plural(len(strategies.uncovered), 'open barrier')} with no strategy"),
        development=(f"{_plural(len(development.activities), 'activity', 'activities')}, "
                     f"covering {covered} of 4 mechanism groups"),
        readiness=f"{ready} of {len(readiness.items)} recorded preparations ready",
        adaptations=(f"{_plural(len(adaptations.adaptations), 'adaptation')}"
                     + (f", {core} to a core component" if core else "")),
    )
