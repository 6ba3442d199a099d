"""The "strategies" part of a project's snapshot, in one query: the project
page builds every part on each view, so both halves come back as a UNION."""

from django.db.models import CharField, Count, IntegerField, Q, Value

from trellis.barriers.models import Kind
from trellis.barriers.snapshot import OPEN_STATUSES
from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import STRATEGY, UNCOVERED_BARRIER, StrategyFacts, facts_from_rows


def fact_rows(project: Project) -> list[tuple[str, str, str, int]]:
    """(what, text, level, barriers linked) for every strategy and for every
    open barrier that no strategy addresses."""
    strategies = (project.strategies.order_by()
                  .annotate(what=Value(STRATEGY, output_field=CharField()),
                            linked=Count("barriers", filter=Q(barriers__kind=Kind.BARRIER)))
                  .values_list("what", "name", "level", "linked"))
    uncovered = (project.barriers_enablers.order_by()
                 .filter(kind=Kind.BARRIER, status__in=OPEN_STATUSES, strategies__isnull=True)
                 .annotate(what=Value(UNCOVERED_BARRIER, output_field=CharField()),
                           no_level=Value("", output_field=CharField()),
                           linked=Value(0, output_field=IntegerField()))
                 .values_list("what", "description", "no_level", "linked"))
    return list(strategies.union(uncovered, all=True))


@snapshot_part("strategies")
def strategy_facts(project: Project) -> StrategyFacts:
    return facts_from_rows(fact_rows(project))
