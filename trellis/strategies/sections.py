"""The strategies section of the implementation plan (Figure 5's "how" column)."""

from django.db.models import Prefetch

from trellis.barriers.models import BarrierEnabler
from trellis.plans.models import CoreComponent
from trellis.plans.sections import plan_section
from trellis.projects.models import Project

from .kinds import CATEGORY_LABELS, CATEGORY_ORDER
from .models import Strategy
from .text import detail_text, timing_text


def plan_strategies(project: Project) -> list[Strategy]:
    """The project's strategies in plan order (category, then name), with their
    owner, barriers and core components, in three queries."""
    strategies = project.strategies.select_related("owner").prefetch_related(
        Prefetch("barriers", queryset=BarrierEnabler.objects.order_by("description", "pk")),
        Prefetch("core_components",
                 queryset=CoreComponent.objects.order_by("position", "pk")),
    )
    return sorted(strategies, key=plan_order)


def plan_order(strategy: Strategy) -> tuple:
    """Category in the library's order, then name."""
    return CATEGORY_ORDER.get(strategy.category, 99), strategy.name.casefold(), strategy.pk


def owner_name(strategy: Strategy) -> str:
    return str(strategy.owner) if strategy.owner else ""


def serialise(strategy: Strategy, barriers: list[str], components: list[str]) -> dict:
    """One strategy as plan content: its category is the group it is listed
    under (as in Figure 5), the detail says who it is for, who owns it and when."""
    timing = timing_text(strategy.phase, strategy.start_date, strategy.end_date)
    return {
        "key": f"strategy-{strategy.pk}",
        "title": strategy.name,
        "group": CATEGORY_LABELS.get(strategy.category, strategy.category),
        "detail": detail_text(strategy.level, owner_name(strategy), timing),
        "fields": {
            "What will happen": strategy.description,
            "Barriers it addresses": barriers,
            "Core components it supports": components,
        },
        "labels": {"title": "Name", "group": "Category",
                   "detail": "Who it is aimed at, owner and timing"},
    }


def _names_by_strategy(pairs) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for strategy_pk, name in pairs:
        names.setdefault(strategy_pk, []).append(name)
    return names


@plan_section("strategies", "Implementation strategies", column="how", order=30,
              edit_url="strategies:index")
def strategies_section(project: Project) -> list[dict]:
    """Every save of the plan serialises this, so the linked barriers and
    components are read as names, not as model instances (python -m bench.plan)."""
    barriers = _names_by_strategy(
        Strategy.barriers.through.objects.filter(strategy__project=project)
        .order_by("barrierenabler__description", "barrierenabler__pk")
        .values_list("strategy_id", "barrierenabler__description"))
    components = _names_by_strategy(
        Strategy.core_components.through.objects.filter(strategy__project=project)
        .order_by("corecomponent__position", "corecomponent__pk")
        .values_list("strategy_id", "corecomponent__name"))
    strategies = sorted(project.strategies.select_related("owner"), key=plan_order)
    return [serialise(s, barriers.get(s.pk, []), components.get(s.pk, []))
            for s in strategies]
