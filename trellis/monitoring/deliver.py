"""The Deliver checks: what the critical friend says about a project's monitoring.

Pure: no Django. The snapshot part (trellis/monitoring/parts.py) gathers the facts."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from trellis.insights.engine import Severity, rule

DELIVERING = ("deliver", "sustain")
HEARD_OUTCOMES = ("acceptability", "buy-in")


@dataclass(frozen=True)
class OutcomeFacts:
    pk: int
    outcome_type: str
    statement: str


@dataclass(frozen=True)
class MeasureFacts:
    pk: int
    name: str
    outcome_type: str = ""  # the type of the implementation outcome it measures, if any
    outcome_pk: int | None = None
    core_component_pk: int | None = None
    latest_period: date | None = None
    overdue_periods: int = 0
    concern_since: date | None = None  # first period of the latest run of concern points
    discussed_on: date | None = None  # the latest review that discussed it


@dataclass(frozen=True)
class ActionFacts:
    description: str
    owner: str
    due: date


@dataclass(frozen=True)
class DeliverFacts:
    outcomes: tuple[OutcomeFacts, ...] = ()
    measures: tuple[MeasureFacts, ...] = ()
    components: tuple[tuple[int, str], ...] = ()  # current core components (pk, name)
    overdue_actions: tuple[ActionFacts, ...] = ()
    surveyed_outcome_types: frozenset[str] = field(default_factory=frozenset)
    reviews: int = 0
    last_review: date | None = None


def _facts(p) -> DeliverFacts | None:
    facts = p.part("deliver")
    return None if facts is None or p.status == "closed" else facts


def _names(names: Sequence[str], limit: int = 3) -> str:
    quoted = [f"'{n}'" for n in names[:limit]]
    more = len(names) - limit
    return ", ".join(quoted) + (f" and {more} more" if more > 0 else "")


@rule("deliver-outcome-without-measure", guide="prepare-monitoring")
def outcome_without_measure(p):
    facts = _facts(p)
    if facts is None or p.phase not in ("prepare", *DELIVERING):
        return
    measured = {m.outcome_pk for m in facts.measures}
    missing = [o.statement for o in facts.outcomes if o.pk not in measured]
    if missing:
        severity = Severity.WARNING if p.phase in DELIVERING else Severity.NOTE
        count = len(missing)
        yield severity, (
            f"{count} implementation outcome{'s have' if count > 1 else ' has'} no measure: "
            f"{_names(missing)}. Without a measure, you cannot tell whether "
            f"{'they are' if count > 1 else 'it is'} being achieved.")


@rule("deliver-fidelity-not-measured", guide="deliver-fidelity")
def fidelity_not_measured(p):
    facts = _facts(p)
    if facts is None or p.phase not in DELIVERING or not facts.components:
        return
    measured = {m.core_component_pk for m in facts.measures if m.latest_period is not None}
    missing = [name for pk, name in facts.components if pk not in measured]
    if missing:
        yield Severity.WARNING, (
            f"Fidelity is not being measured for {len(missing)} core "
            f"component{'s' if len(missing) > 1 else ''}: {_names(missing)}. Record fidelity "
            "checks so you know whether the approach is delivered as intended.")


@rule("deliver-concern-not-discussed", guide="deliver-use-monitoring-data")
def concern_not_discussed(p):
    facts = _facts(p)
    if facts is None:
        return
    for m in facts.measures:
        if m.concern_since is None:
            continue
        if m.discussed_on is None or m.discussed_on < m.concern_since:
            yield Severity.CONCERN, (
                f"'{m.name}' has shown a special-cause concern since "
                f"{m.concern_since:%B %Y}, and no review has discussed it since then. "
                "Talk it through at your next review and record what you decide.")


@rule("deliver-data-overdue", guide="deliver-use-monitoring-data")
def data_overdue(p):
    facts = _facts(p)
    if facts is None:
        return
    late = [m for m in facts.measures if m.overdue_periods > 0]
    if not late:
        return
    worst = max(m.overdue_periods for m in late)
    severity = Severity.WARNING if worst > 1 else Severity.NOTE
    yield severity, (
        f"Data is overdue for {len(late)} measure{'s' if len(late) > 1 else ''}: "
        f"{_names([m.name for m in late])}. Charts can only help if they are kept up to date.")


@rule("deliver-acceptability-never-measured", guide="deliver-family-feedback")
def acceptability_never_measured(p):
    facts = _facts(p)
    if facts is None or p.phase not in DELIVERING:
        return
    measured = {m.outcome_type for m in facts.measures if m.latest_period is not None}
    if not (measured | facts.surveyed_outcome_types) & set(HEARD_OUTCOMES):
        yield Severity.WARNING, (
            "Acceptability and buy-in have never been measured. Ask practitioners, children "
            "and families what they think of the approach (a short survey such as AIM works "
            "well) so you hear early if it is not landing.")


@rule("deliver-overdue-actions", guide="reflect-implementation-progress")
def overdue_actions(p):
    facts = _facts(p)
    if facts is None or not facts.overdue_actions:
        return
    actions = facts.overdue_actions
    first = actions[0]
    owner = f" ({first.owner})" if first.owner else ""
    more = f", and {len(actions) - 1} more" if len(actions) > 1 else ""
    yield Severity.WARNING, (
        f"{len(actions)} action{'s' if len(actions) > 1 else ''} from reviews "
        f"{'are' if len(actions) > 1 else 'is'} overdue: '{first.description}'{owner}, due "
        f"{first.due:%-d %B %Y}{more}.")
