"""What the monitoring pages show, worked out here so templates stay plain."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from trellis.core.spreadsheets import Column, Sheet
from trellis.framework.loader import get_framework
from trellis.spc import MIN_POINTS, AssuranceIcon, ChartKind, Signal, VariationIcon

from . import icons
from .events import PlanEvent
from .layout import SIGNAL_NAMES, ChartLabels, Drawing, Event, layout, number
from .models import Measure
from .periods import next_period, period_label, short_label
from .series import Observation
from .status import MeasureStatus

PERIOD_NOUNS = {"weekly": "week", "monthly": "month", "quarterly": "quarter"}


def unit_of(measure: Measure) -> str:
    return "%" if measure.is_proportion else ""


def figure(measure: Measure, observation: Observation | None) -> str:
    """A stored figure as people read it: "30% (12 of 40)", "14 days"."""
    if observation is None:
        return "No data yet"
    if measure.is_proportion:
        counts = ""
        if observation.numerator is not None and observation.denominator is not None:
            counts = f" ({number(observation.numerator)} of {number(observation.denominator)})"
        return f"{number(observation.value * 100, 1)}%{counts}"
    unit = f" {measure.unit}" if measure.unit else ""
    return f"{number(observation.value)}{unit}"


def target_text(measure: Measure) -> str:
    if measure.target is None:
        return "No target"
    if measure.is_proportion:
        return f"{number(measure.target)}%"
    return f"{number(measure.target)}{' ' + measure.unit if measure.unit else ''}"


def variation_label(icon: VariationIcon | None, status: MeasureStatus) -> str:
    if icon is not None:
        return icon.label
    if not status.has_data:
        return "No data yet"
    return f"Too few points ({len(status.observations)} of the {MIN_POINTS} needed)"


def assurance_label(icon: AssuranceIcon | None, status: MeasureStatus) -> str:
    if icon is not None:
        return icon.label
    measure = status.measure
    if measure.target is None:
        return "No target set"
    if measure.direction == "neither":
        return "No assurance: no improvement direction"
    if status.variation is None:
        return "No assurance until there are limits"
    return "No assurance"


def variation_icon_svg(icon: VariationIcon | None) -> SafeString:
    return mark_safe(icons.variation_svg(icon))  # noqa: S308 - built from constants


def assurance_icon_svg(icon: AssuranceIcon | None) -> SafeString:
    return mark_safe(icons.assurance_svg(icon))  # noqa: S308 - built from constants


# The measure page ------------------------------------------------------------------------

@dataclass(frozen=True)
class PointRow:
    period: date
    period_label: str
    value: str
    counts: str
    mean: str
    lower: str
    upper: str
    classification: str
    signal: Signal
    reasons: tuple[str, ...]
    note: str


def scale_of(status: MeasureStatus) -> float:
    """What the chart's values are multiplied by to read them: p-charts hold proportions."""
    return 100.0 if status.chart is not None and status.chart.kind == ChartKind.P else 1.0


def point_rows(status: MeasureStatus) -> list[PointRow]:
    chart = status.chart
    if chart is None:
        return []
    measure, unit, scale = status.measure, unit_of(status.measure), scale_of(status)
    frequency = measure.frequency
    uppers, lowers = chart.upper_limits, chart.lower_limits
    notes = status.point_notes or ("",) * len(chart)
    rows = []
    for i, o in enumerate(status.observations):
        counts = ""
        if measure.is_proportion and o.numerator is not None and o.denominator is not None:
            counts = f"{number(o.numerator)} of {number(o.denominator)}"
        signal = chart.signals[i]
        rows.append(PointRow(
            period=o.period, period_label=period_label(o.period, frequency),
            value=f"{number(chart.values[i] * scale)}{unit}", counts=counts,
            mean=f"{number(chart.means[i] * scale)}{unit}",
            lower=f"{number(lowers[i] * scale)}{unit}" if lowers else "",
            upper=f"{number(uppers[i] * scale)}{unit}" if uppers else "",
            classification=SIGNAL_NAMES[signal], signal=signal, reasons=chart.reasons[i],
            note=notes[i]))
    return rows


def chart_title(measure: Measure) -> str:
    unit = f" ({measure.unit})" if measure.unit and not measure.is_proportion else ""
    return f"{measure.name}{unit}"


def drawing(status: MeasureStatus, events: Sequence[PlanEvent]) -> Drawing | None:
    """The chart's drawing, or None with no data."""
    chart = status.chart
    if chart is None:
        return None
    frequency = status.measure.frequency
    periods = tuple(o.period for o in status.observations)
    labels = ChartLabels(
        title=chart_title(status.measure), periods=periods,
        period_end=next_period(periods[-1], frequency),
        x_labels=tuple(short_label(p, frequency) for p in periods), scale=scale_of(status),
        unit=unit_of(status.measure), events=tuple(Event(e.day, e.label) for e in events),
        event_dates=tuple(e.day_label for e in events))
    return layout(chart, labels)


def chart_range(status: MeasureStatus) -> tuple[date, date] | None:
    """The dates the chart covers: the first period's start to the last period's end."""
    if not status.observations:
        return None
    first, last = status.observations[0].period, status.observations[-1].period
    return first, next_period(last, status.measure.frequency)


def filename(measure: Measure, extension: str) -> str:
    return f"{slugify(measure.name)[:60] or 'measure'}.{extension}"


SHEET_COLUMNS = (
    Column("Period", width=24), Column("Period starts", "date", width=14),
    Column("Value", "number", width=12), Column("Numerator", "number", width=12),
    Column("Denominator", "number", width=12), Column("Mean", "number", width=12),
    Column("Lower process limit", "number", width=14),
    Column("Upper process limit", "number", width=14), Column("Target", "number", width=10),
    Column("Classification", width=28), Column("Reasons", width=60), Column("Note", width=40),
)


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def sheet(status: MeasureStatus) -> Sheet:
    """The measure's data table as a spreadsheet sheet (values as on the chart: a
    proportion as a percentage)."""
    measure, chart, scale = status.measure, status.chart, scale_of(status)
    rows = []
    notes = status.point_notes or ("",) * len(status.observations)
    target = measure.target
    for i, o in enumerate(status.observations):
        lower = chart.lower_limits[i] * scale if chart.lower_limits else None
        upper = chart.upper_limits[i] * scale if chart.upper_limits else None
        rows.append([
            period_label(o.period, measure.frequency), o.period,
            _rounded(chart.values[i] * scale), o.numerator, o.denominator,
            _rounded(chart.means[i] * scale), _rounded(lower), _rounded(upper), target,
            SIGNAL_NAMES[chart.signals[i]], " ".join(chart.reasons[i]), notes[i]])
    return Sheet(title=measure.name[:31] or "Measure", columns=SHEET_COLUMNS, rows=rows)


# The monitoring page ---------------------------------------------------------------------

@dataclass(frozen=True)
class MeasureRow:
    status: MeasureStatus
    url: str
    latest: str
    latest_period: str
    variation: str
    variation_svg: SafeString
    assurance: str
    assurance_svg: SafeString


@dataclass
class OutcomeGroup:
    heading: str
    rows: list[MeasureRow] = field(default_factory=list)


@dataclass
class Section:
    heading: str
    groups: list[OutcomeGroup] = field(default_factory=list)


def measure_row(project_pk: int, status: MeasureStatus) -> MeasureRow:
    measure, latest = status.measure, status.latest
    return MeasureRow(
        status=status, url=reverse("monitoring:measure", args=[project_pk, measure.pk]),
        latest=figure(measure, latest),
        latest_period=period_label(latest.period, measure.frequency) if latest else "",
        variation=variation_label(status.variation, status),
        variation_svg=variation_icon_svg(status.variation),
        assurance=assurance_label(status.assurance, status),
        assurance_svg=assurance_icon_svg(status.assurance))


def sections(project_pk: int, statuses: Iterable[MeasureStatus], implementation: Iterable,
             final: Iterable) -> list[Section]:
    """Measures grouped under the outcome they measure: implementation outcomes by type
    (in the framework's order), final outcomes, then measures linked to no outcome.
    Outcomes with no measure are listed too, so gaps show."""
    framework = get_framework()
    order = {t.slug: i for i, t in enumerate(framework.outcomes.types)}
    type_names = {t.slug: t.name for t in framework.outcomes.types}
    audiences = {a.slug: a.name for a in framework.outcomes.audiences}
    by_impl: dict[int, list[MeasureRow]] = {}
    by_final: dict[int, list[MeasureRow]] = {}
    unlinked: list[MeasureRow] = []
    for status in statuses:
        row = measure_row(project_pk, status)
        m = status.measure
        if m.implementation_outcome_id:
            by_impl.setdefault(m.implementation_outcome_id, []).append(row)
        elif m.final_outcome_id:
            by_final.setdefault(m.final_outcome_id, []).append(row)
        else:
            unlinked.append(row)
    out = []
    impl = Section("Implementation outcomes")
    for o in sorted(implementation, key=lambda o: (order.get(o.outcome_type, 99),
                                                   o.position, o.pk)):
        impl.groups.append(OutcomeGroup(
            f"{type_names.get(o.outcome_type, o.outcome_type)}: {o.statement}",
            by_impl.get(o.pk, [])))
    if impl.groups:
        out.append(impl)
    fin = Section("Final outcomes")
    for o in final:
        fin.groups.append(OutcomeGroup(f"{audiences.get(o.audience, o.audience)}: "
                                       f"{o.statement}", by_final.get(o.pk, [])))
    if fin.groups:
        out.append(fin)
    if unlinked:
        out.append(Section("Not linked to an outcome",
                           [OutcomeGroup("Measures not linked to an outcome", unlinked)]))
    return out


@dataclass(frozen=True)
class Prompt:
    measure: str
    url: str
    text: str


def prompts(project_pk: int, statuses: Iterable[MeasureStatus]) -> list[Prompt]:
    """What to act on: a special-cause concern running now, or data overdue."""
    out = []
    for s in statuses:
        m = s.measure
        url = reverse("monitoring:measure", args=[project_pk, m.pk])
        if s.concern_since is not None:
            out.append(Prompt(m.name, url, (
                f"special cause concern since {period_label(s.concern_since, m.frequency)}. "
                "Look at what changed, talk it through with the team and record what you "
                "decide to do.")))
        if s.overdue_periods:
            noun = PERIOD_NOUNS[m.frequency]
            plural = "s" if s.overdue_periods != 1 else ""
            where = ("kept by Trellis: check the checks or surveys it comes from"
                     if m.is_kept_by_trellis else "add the missing figures")
            out.append(Prompt(m.name, url, (
                f"{s.overdue_periods} {noun}{plural} of data overdue (latest: "
                f"{period_label(s.latest.period, m.frequency)}): {where}.")))
    return out


@dataclass(frozen=True)
class IconKey:
    svg: SafeString
    label: str
    meaning: str


def icon_key() -> tuple[list[IconKey], list[IconKey]]:
    """Every icon with what it means, for the explainer."""
    variation = [
        IconKey(variation_icon_svg(VariationIcon.COMMON_CAUSE), VariationIcon.COMMON_CAUSE.label,
                "Only the ups and downs expected of this process: no sign of change."),
        IconKey(variation_icon_svg(VariationIcon.IMPROVEMENT_HIGH),
                VariationIcon.IMPROVEMENT_HIGH.label,
                "A real change for the better (H: higher, L: lower). Find out what caused it."),
        IconKey(variation_icon_svg(VariationIcon.CONCERN_LOW), VariationIcon.CONCERN_LOW.label,
                "A real change for the worse (H: higher, L: lower). Find out why and act."),
        IconKey(variation_icon_svg(VariationIcon.NEITHER_HIGH),
                VariationIcon.NEITHER_HIGH.label,
                "A real change, on a measure with no better direction."),
        IconKey(variation_icon_svg(None), "No icon yet",
                f"Fewer than {MIN_POINTS} points: limits and icons need {MIN_POINTS}."),
    ]
    assurance = [
        IconKey(assurance_icon_svg(AssuranceIcon.PASSING), AssuranceIcon.PASSING.label,
                "The whole range of the process is on the right side of the target."),
        IconKey(assurance_icon_svg(AssuranceIcon.HIT_AND_MISS),
                AssuranceIcon.HIT_AND_MISS.label,
                "The target is inside the limits: it will be met some periods and not "
                "others. Only a change to the process makes it reliable."),
        IconKey(assurance_icon_svg(AssuranceIcon.FAILING), AssuranceIcon.FAILING.label,
                "The target is outside the limits on the wrong side: it will not be met "
                "without changing the process."),
        IconKey(assurance_icon_svg(None), "No assurance",
                "No target, no improvement direction, or too few points."),
    ]
    return variation, assurance


# History ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class HistoryRow:
    when: object  # datetime
    who: str
    period: str
    change: str
    before: str
    after: str
    note_before: str
    note_after: str
    via: str


def _old_new(measure: Measure, value, numerator, denominator) -> str:
    if value is None:
        return "–"
    return figure(measure, Observation(date.min, value, numerator, denominator))


def history_rows(measure: Measure, changes: Iterable) -> list[HistoryRow]:
    """Every change to the measure's figures, newest first."""
    return [HistoryRow(
        when=c.changed_at, who=str(c.changed_by) if c.changed_by else "Someone since removed",
        period=period_label(c.period, measure.frequency), change=c.get_change_display(),
        before=_old_new(measure, c.old_value, c.old_numerator, c.old_denominator),
        after=_old_new(measure, c.new_value, c.new_numerator, c.new_denominator),
        note_before=c.old_note, note_after=c.new_note, via=c.via) for c in changes]


def breadcrumbs(project, measure: Measure | None = None, current: str = "") -> list[dict]:
    """Project › Monitoring › measure › current page (the last item has no link)."""
    items = [{"text": project.title, "href": reverse("projects:detail", args=[project.pk])},
             {"text": "Monitoring", "href": reverse("monitoring:index", args=[project.pk])}]
    if measure is not None:
        items.append({"text": measure.name,
                      "href": reverse("monitoring:measure", args=[project.pk, measure.pk])})
    if current:
        items.append({"text": current})
    else:
        items[-1] = {"text": items[-1]["text"]}
    return items


SOURCES = {
    "fidelity": "Its figures come from the fidelity checks recorded in Trellis for the core "
                "component it follows, so they cannot be entered or changed here: record or "
                "correct the checks instead.",
    "survey": "Its figures come from the responses to a survey in Trellis, so they cannot be "
              "entered or changed here: they update as responses arrive.",
}


def source_text(measure: Measure) -> str:
    return SOURCES.get(measure.source, "Its figures are kept by another part of Trellis, so "
                                       "they cannot be entered or changed here.")


def outcome_text(measure: Measure) -> str:
    framework = get_framework()
    if measure.implementation_outcome is not None:
        o = measure.implementation_outcome
        names = {t.slug: t.name for t in framework.outcomes.types}
        return f"{names.get(o.outcome_type, o.outcome_type)}: {o.statement}"
    if measure.final_outcome is not None:
        o = measure.final_outcome
        names = {a.slug: a.name for a in framework.outcomes.audiences}
        return f"{names.get(o.audience, o.audience)}: {o.statement}"
    return "Not linked to an outcome"


@dataclass(frozen=True)
class RecalculationRow:
    label: str
    reason: str
    remove_url: str


def measure_page(project, measure: Measure, status: MeasureStatus, recalculations: Iterable,
                 organisation) -> dict:
    """Everything the measure page shows besides the chart itself."""
    chart = status.chart
    slices = {s.slug: s.name for s in get_framework().evidence_pie.slices}
    baseline = "All the data (no baseline set)"
    if measure.baseline_until:
        baseline = (f"Limits from the periods up to "
                    f"{period_label(measure.baseline_until, measure.frequency)}")
    run = organisation.spc_run_length
    screening = ("moving ranges screened for outliers" if organisation.spc_screen_outliers
                 else "no outlier screening")
    return {
        "breadcrumbs": breadcrumbs(project, measure),
        "source_text": source_text(measure) if measure.is_kept_by_trellis else "",
        "too_few": chart is not None and not chart.has_limits,
        "notes": [*status.notes, *(chart.notes if chart else ())],
        "outcome": outcome_text(measure),
        "target": target_text(measure),
        "baseline": baseline,
        "data_source": slices.get(measure.data_source, "Not given"),
        "spc_settings": (f"Runs and trends of {run} points; {screening} "
                         f"(settings of {organisation.name})"),
        "recalculations": [RecalculationRow(
            period_label(r.period, measure.frequency), r.reason,
            reverse("monitoring:remove_recalculation", args=[project.pk, measure.pk, r.pk]))
            for r in recalculations],
        "variation": variation_label(status.variation, status),
        "variation_svg": variation_icon_svg(status.variation),
        "assurance": assurance_label(status.assurance, status),
        "assurance_svg": assurance_icon_svg(status.assurance),
        "rows": point_rows(status),
    }
