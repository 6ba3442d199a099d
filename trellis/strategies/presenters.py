"""What the strategies pages show, worked out here so templates stay plain."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Prefetch
from django.urls import reverse

from trellis.barriers.models import BarrierEnabler, Kind
from trellis.barriers.presenters import STRENGTH_COLOURS
from trellis.barriers.snapshot import OPEN_STATUSES
from trellis.framework.loader import get_framework
from trellis.projects.models import Project

from .kinds import CATEGORIES, CATEGORY_LABELS, CATEGORY_ORDER, LEVEL_LABELS
from .library import get_library
from .matrix import Matrix, MatrixBarrier, MatrixStrategy, build_matrix
from .models import Strategy
from .sections import owner_name, plan_strategies
from .suggest import BarrierNeed, Suggestion, normalise, suggest
from .text import timing_text


@dataclass(frozen=True)
class StrategyCard:
    strategy: Strategy
    level: str
    owner: str
    timing: str
    barriers: list[str]
    components: list[str]
    edit_url: str
    remove_url: str


@dataclass
class CategoryGroup:
    slug: str
    label: str
    cards: list[StrategyCard] = field(default_factory=list)


def strategy_groups(project: Project) -> list[CategoryGroup]:
    """The project's strategies by category, in the categories' order; only
    categories with a strategy are listed."""
    groups = {slug: CategoryGroup(slug, label) for slug, label in CATEGORIES}
    for strategy in plan_strategies(project):
        args = [project.pk, strategy.pk]
        group = groups.setdefault(strategy.category,
                                  CategoryGroup(strategy.category, strategy.category))
        group.cards.append(StrategyCard(
            strategy=strategy,
            level=LEVEL_LABELS.get(strategy.level, strategy.level),
            owner=owner_name(strategy) or "No owner yet",
            timing=timing_text(strategy.phase, strategy.start_date, strategy.end_date),
            barriers=[b.description for b in strategy.barriers.all()],
            components=[c.name for c in strategy.core_components.all()],
            edit_url=reverse("strategies:edit", args=args),
            remove_url=reverse("strategies:remove", args=args),
        ))
    return [group for group in groups.values() if group.cards]


def domain_order() -> dict[str, int]:
    return {d.slug: i for i, d in enumerate(get_framework().cfir.domains)}


def _barrier_sort_key(order: dict[str, int]):
    return lambda b: (order.get(b.cfir_domain, 99), b.strength, b.pk)


# --- The matrix -----------------------------------------------------------------

def matrix_for(project: Project) -> Matrix:
    """Every barrier (not enablers) × every strategy, in three queries."""
    domains = {d.slug: d.name for d in get_framework().cfir.domains}
    order = domain_order()
    statuses = dict(BarrierEnabler._meta.get_field("status").choices)
    barriers = sorted(project.barriers_enablers.filter(kind=Kind.BARRIER).values_list(
        "pk", "description", "cfir_domain", "status", "strength"),
        key=lambda b: (order.get(b[2], 99), b[4], b[0]))
    strategies = sorted(project.strategies.values_list("pk", "name", "category"),
                        key=lambda s: (CATEGORY_ORDER.get(s[2], 99), s[1].casefold(), s[0]))
    links = Strategy.barriers.through.objects.filter(strategy__project=project).values_list(
        "strategy_id", "barrierenabler_id")
    return build_matrix(
        [MatrixBarrier(pk, description, domains.get(domain, domain),
                       statuses.get(status, status), status in OPEN_STATUSES)
         for pk, description, domain, status, _ in barriers],
        [MatrixStrategy(pk, name, CATEGORY_LABELS.get(category, category))
         for pk, name, category in strategies],
        links,
    )


# --- Suggestions ----------------------------------------------------------------

@dataclass(frozen=True)
class SuggestionLink:
    suggestion: Suggestion
    pick_url: str
    planned_url: str  # the project's own strategy of the same name, to link it instead


@dataclass(frozen=True)
class BarrierSuggestions:
    barrier: BarrierEnabler
    strength_colour: str
    addressed_by: list[str]
    suggestions: list[SuggestionLink]


def open_barriers(project: Project) -> list[BarrierEnabler]:
    """Open barriers (including those being addressed), by CFIR domain in the
    framework's order, strongest first, with the strategies linked to them."""
    barriers = (project.barriers_enablers
                .filter(kind=Kind.BARRIER, status__in=OPEN_STATUSES)
                .prefetch_related(Prefetch("strategies",
                                           queryset=Strategy.objects.order_by("name", "pk"))))
    return sorted(barriers, key=_barrier_sort_key(domain_order()))


def planned_names(project: Project) -> dict[str, int]:
    """{normalised name or library slug: strategy pk} for the project's strategies."""
    planned: dict[str, int] = {}
    for pk, name, slug in project.strategies.order_by("pk").values_list(
            "pk", "name", "library_slug"):
        planned.setdefault(normalise(name), pk)
        if slug:
            planned.setdefault(slug, pk)
    return planned


def pick_url(add_url: str, slug: str, barrier_pk: int) -> str:
    return f"{add_url}?{urlencode({'library': slug, 'barrier': barrier_pk})}"


def suggestion_sections(project: Project) -> list[BarrierSuggestions]:
    library = get_library().strategies
    planned = planned_names(project)
    add_url = reverse("strategies:add", args=[project.pk])
    sections = []
    for barrier in open_barriers(project):
        linked = list(barrier.strategies.all())
        used = frozenset({normalise(s.name) for s in linked}
                         | {s.library_slug for s in linked if s.library_slug})
        need = BarrierNeed(barrier.cfir_domain, barrier.description, barrier.strength, used)
        links = [
            SuggestionLink(
                suggestion,
                pick_url(add_url, suggestion.strategy.slug, barrier.pk),
                reverse("strategies:edit", args=[project.pk, suggestion.planned_pk])
                if suggestion.planned_pk else "",
            )
            for suggestion in suggest(need, library, planned)
        ]
        sections.append(BarrierSuggestions(barrier, STRENGTH_COLOURS.get(barrier.strength, ""),
                                           [s.name for s in linked], links))
    return sections


# --- A stale edit ---------------------------------------------------------------

@dataclass(frozen=True)
class ConflictRow:
    label: str
    saved: str
    yours: str

    @property
    def differs(self) -> bool:
        return self.saved != self.yours


def _words(values, label) -> str:
    return "; ".join(label(v) for v in values) or "None"


def described(values: dict) -> dict[str, str]:
    """A strategy's values (from the model or a form) as the words shown."""
    category = values.get("category") or ""
    level = values.get("level") or ""
    owner = values.get("owner")
    phase = values.get("phase") or ""
    return {
        "Name": values.get("name") or "",
        "What will happen": values.get("description") or "",
        "Category": CATEGORY_LABELS.get(category, category),
        "Who it is aimed at": LEVEL_LABELS.get(level, level),
        "Owner": str(owner) if owner else "No owner yet",
        "When": timing_text(phase, values.get("start_date"), values.get("end_date"))
        if phase else "",
        "Barriers it addresses": _words(values.get("barriers") or [], lambda b: b.description),
        "Core components it supports": _words(values.get("core_components") or [],
                                              lambda c: c.name),
    }


def saved_values(strategy: Strategy) -> dict[str, str]:
    """A saved strategy in words. Read it before binding a form to the
    strategy: validating a model form writes the input onto its instance."""
    return described({
        **{name: getattr(strategy, name) for name in ("name", "description", "category",
                                                       "level", "owner", "phase",
                                                       "start_date", "end_date")},
        "barriers": list(strategy.barriers.all()),
        "core_components": list(strategy.core_components.all()),
    })


def conflict_rows(saved: dict[str, str], form) -> list[ConflictRow]:
    """The latest saved values beside the editor's own, field by field."""
    yours = described(getattr(form, "cleaned_data", {}))
    return [ConflictRow(label, text, yours[label]) for label, text in saved.items()]
