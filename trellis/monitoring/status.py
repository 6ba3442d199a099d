"""Where each of a project's measures stands: its latest figure, its SPC chart and
icons, whether a special-cause concern is running and how much data is overdue.

Three queries however many measures and points there are: the measures, all their
points, all their recalculations. Used by the monitoring page, the measure page,
the project page and the critical-friend checks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils import timezone

from trellis.spc import AssuranceIcon, Chart, Signal, SpcInputError, VariationIcon

from .models import DataPoint, Measure, Recalculation
from .periods import periods_missing
from .series import Observation, SeriesSettings, chart_of


@dataclass(frozen=True)
class MeasureStatus:
    measure: Measure
    latest: Observation | None  # the latest period's figure (value as stored: 0-1 for proportions)
    chart: Chart | None  # None with no data
    variation: VariationIcon | None  # None with no data or fewer than 13 points
    assurance: AssuranceIcon | None  # None without a target, limits or direction
    concern_since: date | None  # start of the run of concern points ending at the latest
    overdue_periods: int  # whole periods of data overdue (0 with no data at all)
    observations: tuple[Observation, ...] = ()
    notes: tuple[str, ...] = ()  # why the chart differs from the measure's settings
    point_notes: tuple[str, ...] = ()  # each point's note (measure_status only)

    @property
    def has_data(self) -> bool:
        return self.latest is not None

    @property
    def needs_attention(self) -> bool:
        return self.concern_since is not None or self.overdue_periods > 0


def series_settings(measure: Measure, organisation, recalculations: Iterable[date]
                    ) -> SeriesSettings:
    """The chart settings of a measure with its organisation's SPC choices."""
    return SeriesSettings(
        kind=measure.kind, chart_type=measure.chart_type, direction=measure.direction,
        target=measure.target, baseline_until=measure.baseline_until,
        recalculate_from=tuple(sorted(recalculations)),
        run_length=organisation.spc_run_length,
        screen_outliers=organisation.spc_screen_outliers)


def concern_since(chart: Chart | None, periods: tuple[date, ...]) -> date | None:
    """The period of the first point of the run of special-cause concern points that
    ends with the latest point; None when the latest point is not a concern."""
    if chart is None or not chart.signals or chart.signals[-1] is not Signal.CONCERN:
        return None
    i = len(chart.signals) - 1
    while i > 0 and chart.signals[i - 1] is Signal.CONCERN:
        i -= 1
    return periods[i]


def charted(observations: tuple[Observation, ...], settings: SeriesSettings
            ) -> tuple[Chart | None, tuple[str, ...]]:
    """The chart, and notes saying where settings could not be followed with the data
    there is (a chart is always drawn rather than an error shown)."""
    try:
        chart = chart_of(observations, settings)
    except SpcInputError:
        chart = chart_of(observations, replace(settings, baseline_until=None,
                                               recalculate_from=()))
        return chart, ("The baseline covers fewer than 2 periods with figures, so it is "
                       "ignored and the limits come from all the data.",)
    notes = []
    if chart is not None and chart.baseline is None and not chart.recalculate_at:
        first, last = observations[0].period, observations[-1].period
        if any(first < r <= last for r in settings.recalculate_from):
            notes.append("The limits are not recalculated: each stretch between "
                         "recalculations needs at least 2 periods with figures.")
    return chart, tuple(notes)


def status_of(measure: Measure, observations: tuple[Observation, ...],
              recalculations: Iterable[date], organisation, today: date) -> MeasureStatus:
    chart, notes = charted(observations,
                           series_settings(measure, organisation, recalculations))
    latest = observations[-1] if observations else None
    return MeasureStatus(
        measure=measure, latest=latest, chart=chart,
        variation=chart.variation_icon if chart else None,
        assurance=chart.assurance_icon if chart else None,
        concern_since=concern_since(chart, tuple(o.period for o in observations)),
        overdue_periods=periods_missing(latest.period if latest else None, today,
                                        measure.frequency),
        observations=observations, notes=notes)


def observations_of(rows: Iterable[tuple]) -> tuple[Observation, ...]:
    """Observations from (period, value, numerator, denominator) rows in period order."""
    return tuple(Observation(*row) for row in rows)


def measure_status(measure: Measure, organisation, today: date | None = None) -> MeasureStatus:
    """One measure's status with its points' notes, in two queries (its points, its
    recalculations)."""
    rows = list(measure.points.order_by("period").values_list(
        "period", "value", "numerator", "denominator", "note"))
    recalculations = measure.recalculations.values_list("period", flat=True)
    status = status_of(measure, observations_of(row[:4] for row in rows),
                       list(recalculations), organisation, today or timezone.localdate())
    return replace(status, point_notes=tuple(row[4] for row in rows))


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def measure_statuses(project, organisation, today: date | None = None) -> list[MeasureStatus]:
    """Every measure of `project`, in name order, in three queries."""
    today = today or timezone.localdate()
    measures = list(project.measures.select_related("implementation_outcome", "final_outcome",
                                                    "core_component"))
    points: dict[int, list[Observation]] = defaultdict(list)
    # Periods come back as ISO text and are parsed once per distinct date: with thousands
    # of points, Django's per-row date conversion was most of the time.
    days: dict[str, date] = {}
    for measure_id, day, value, numerator, denominator in (
            DataPoint.objects.filter(measure__project=project).order_by("measure_id", "period")
            .annotate(day=Cast("period", CharField()))
            .values_list("measure_id", "day", "value", "numerator", "denominator")):
        period = days.get(day) or days.setdefault(day, _as_date(day))
        points[measure_id].append(Observation(period, value, numerator, denominator))
    recalculations: dict[int, list[date]] = defaultdict(list)
    for measure_id, period in (Recalculation.objects.filter(measure__project=project)
                               .values_list("measure_id", "period")):
        recalculations[measure_id].append(period)
    return [status_of(m, tuple(points.get(m.pk, ())), recalculations.get(m.pk, ()),
                      organisation, today) for m in measures]
