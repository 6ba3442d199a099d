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
    return sorted(strategies, key=lambda s: (CATEGORY_ORDER.get(s.category, 99),
                                             s.name.casefold(), s.pk))


def owner_name(strategy: Strategy) -> str:
    return str(strategy.owner) if strategy.owner else ""


def serialise(strategy: Strategy) -> dict:
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
            "Barriers it addresses": [b.description for b in strategy.barriers.all()],
            "Core components it supports": [c.name for c in strategy.core_components.all()],
        },
        "labels": {"title": "Name", "group": "Category",
                   "detail": "Who it is aimed at, owner and timing"},
    }


@plan_section("strategies", "Implementation strategies", column="how", order=30,
              edit_url="strategies:index")
def strategies_section(project: Project) -> list[dict]:
    return [serialise(strategy) for strategy in plan_strategies(project)]
