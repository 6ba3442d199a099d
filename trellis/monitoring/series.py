"""A measure's data as an SPC chart, with the organisation's settings.

A proportion is charted as a percentage on an XmR chart, or as a p-chart when the
measure asks for one (its target is given as a percentage either way)."""

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from trellis.spc import Chart, SpcInputError, p_chart, xmr


@dataclass(frozen=True)
class Observation:
    period: date
    value: float
    numerator: float | None = None
    denominator: float | None = None


@dataclass(frozen=True)
class SeriesSettings:
    kind: str
    chart_type: str
    direction: str
    target: float | None
    baseline_until: date | None
    recalculate_from: tuple[date, ...]
    run_length: int = 6
    screen_outliers: bool = False


def shown_value(kind: str, value: float) -> float:
    """The figure people read: proportions as percentages."""
    return value * 100 if kind == "proportion" else value


def chart_of(observations: Sequence[Observation], settings: SeriesSettings) -> Chart | None:
    """The SPC chart of observations in period order, or None with no data. Values are
    as people read them (percentages for proportions on an XmR chart)."""
    if not observations:
        return None
    periods = [o.period for o in observations]
    baseline = None
    if settings.baseline_until is not None:
        baseline = sum(1 for p in periods if p <= settings.baseline_until) or None
    recalculate_at = sorted({first for r in settings.recalculate_from
                             if 0 < (first := bisect_left(periods, r)) < len(periods)})
    common = {"direction": settings.direction, "baseline": baseline,
              "recalculate_at": recalculate_at, "run_length": settings.run_length}
    try:
        return _chart(observations, settings, common)
    except SpcInputError:
        # Recalculations too close together for the data there is: chart without them
        # rather than not at all; the page says why.
        common["recalculate_at"] = []
        return _chart(observations, settings, common)


def _chart(observations, settings: SeriesSettings, common: dict) -> Chart:
    if settings.kind == "proportion" and settings.chart_type == "p":
        target = None if settings.target is None else settings.target / 100
        return p_chart([o.numerator or 0 for o in observations],
                       [o.denominator or 0 for o in observations], target=target, **common)
    return xmr([shown_value(settings.kind, o.value) for o in observations],
               target=settings.target, screen_outliers=settings.screen_outliers, **common)
