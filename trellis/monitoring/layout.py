"""Where everything on a measure's SPC chart goes: a calculated Chart and its labels
turned into plain drawing primitives (lines, polylines, markers, text), so the page's
SVG and the PNG download are drawn from one geometry.

Point markers differ by colour and by shape, and every colour used for something a
reader must see has at least 3:1 contrast on white (WCAG 2.2 non-text contrast). MDC's
own light blue and light grey fall short, so darker ones are used:

    special cause improvement   filled circle    dark blue      #005EA5  (6.7:1)
    special cause concern       filled diamond   orange-brown   #B35A00  (4.8:1)
    special cause, no direction filled square    purple         #490092  (12.4:1)
    common cause                small circle     grey           #6F777B  (4.6:1)
    too few points to assess    hollow circle    dark grey      #505A5F  (7.1:1)

Plain Python: no Django imports."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from trellis.spc import Chart, Signal

BLACK = "#0B0C0C"
DARK_GREY = "#505A5F"
GREY = "#6F777B"
GRID = "#E5E6E7"
WHITE = "#FFFFFF"
TARGET = "#D4351C"
EVENT = "#00703C"

MARKER_STYLES: dict[Signal, tuple[str, str, float]] = {
    # signal: (shape, colour, radius)
    Signal.IMPROVEMENT: ("circle", "#005EA5", 5.5),
    Signal.CONCERN: ("diamond", "#B35A00", 7.0),
    Signal.NEITHER: ("square", "#490092", 5.0),
    Signal.COMMON_CAUSE: ("circle", GREY, 3.5),
    Signal.NOT_ASSESSED: ("hollow", DARK_GREY, 4.0),
}

SIGNAL_NAMES = {
    Signal.IMPROVEMENT: "Special cause improvement",
    Signal.CONCERN: "Special cause concern",
    Signal.NEITHER: "Special cause variation",
    Signal.COMMON_CAUSE: "Common cause variation",
    Signal.NOT_ASSESSED: "Not assessed (too few points)",
}

DASHED = (6.0, 4.0)
DOTTED = (2.0, 3.0)


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float = 1.0
    dash: tuple[float, float] | None = None
    kind: str = ""


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    colour: str
    width: float = 1.0
    dash: tuple[float, float] | None = None
    kind: str = ""


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    shape: str  # circle, diamond, square, hollow
    colour: str
    radius: float
    kind: str = "point"
    signal: Signal | None = None
    label: str = ""  # read out as the marker's tooltip


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    size: float = 12.0
    colour: str = BLACK
    anchor: str = "start"  # start, middle, end
    middle: bool = False  # vertically centred on y rather than sitting on it
    bold: bool = False
    kind: str = ""


@dataclass(frozen=True)
class Badge:
    """A numbered circle marking a plan event."""

    x: float
    y: float
    number: int
    colour: str
    radius: float = 8.0
    kind: str = "event-badge"


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Event:
    """Something that happened in the plan, drawn as a numbered vertical line."""

    day: date
    label: str


@dataclass(frozen=True)
class ChartLabels:
    """What the chart does not know about itself: its title, the periods its points stand
    for, how to show its numbers and the plan events to mark."""

    title: str
    periods: tuple[date, ...]  # start of each point's period, in order
    period_end: date  # start of the period after the last point
    x_labels: tuple[str, ...]  # short label of each period
    scale: float = 1.0  # multiply the chart's values by this to show them (100 for p-charts)
    unit: str = ""  # shown after numbers, e.g. "%"
    events: tuple[Event, ...] = ()
    event_dates: tuple[str, ...] = ()  # how each event's date reads in the key


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    title: str
    description: str
    plot: Box
    items: tuple = field(default_factory=tuple)

    def of_kind(self, kind: str) -> list:
        return [item for item in self.items if item.kind == kind]


def number(x: float, places: int = 2) -> str:
    """A figure as people read it: at most `places` decimals, no trailing zeros."""
    if not math.isfinite(x):
        return str(x)
    text = f"{x:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def nice_step(span: float, intervals: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about `intervals` steps."""
    if span <= 0:
        return 1.0
    raw = span / intervals
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if multiple * power >= raw:
            return multiple * power
    return 10 * power  # pragma: no cover - the loop always returns


def ticks(low: float, high: float) -> tuple[float, ...]:
    """Round tick values covering low..high."""
    if high - low < 1e-9:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = nice_step(high - low)
    start = math.floor(low / step + 1e-9) * step
    stop = math.ceil(high / step - 1e-9) * step
    count = round((stop - start) / step)
    return tuple(round(start + k * step, 10) for k in range(count + 1))


WIDTH = 900.0
LEFT, RIGHT_GAP, TOP = 70.0, 140.0, 62.0
PLOT_HEIGHT = 290.0
EDGE = 12.0  # space between the plot's sides and the first and last points
CHAR = 0.56  # rough width of a character, in font sizes, for spacing labels


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR


def layout(chart: Chart, labels: ChartLabels, *, width: float = WIDTH) -> Drawing:
    """The drawing of `chart`: points, mean, process limits (stepping where limits were
    recalculated), target, baseline end, plan events, axes, a key and the events' key."""
    n = len(chart)
    if n != len(labels.periods) or n != len(labels.x_labels):
        raise ValueError("one period and one label are needed for each point")
    scale, unit = labels.scale, labels.unit
    values = [v * scale for v in chart.values]
    means = [m * scale for m in chart.means]
    uppers = [v * scale for v in chart.upper_limits] if chart.upper_limits else None
    lowers = [v * scale for v in chart.lower_limits] if chart.lower_limits else None
    target = chart.target * scale if chart.target is not None else None

    plot = Box(LEFT, TOP, width - RIGHT_GAP, TOP + PLOT_HEIGHT)
    shown = [*values, *means, *(uppers or ()), *(lowers or ())]
    if target is not None:
        shown.append(target)
    low, high = min(shown), max(shown)
    pad = (high - low) * 0.04  # so no point sits on the plot's edge
    low, high = (max(0.0, low - pad) if low >= 0 else low - pad), high + pad
    if unit == "%" and high - pad <= 100:
        high = min(high, 100.0)
    marks = ticks(low, high)
    y_low, y_high = marks[0], marks[-1]

    def y_of(v: float) -> float:
        return plot.bottom - (v - y_low) / (y_high - y_low) * plot.height

    step = (plot.width - 2 * EDGE) / (n - 1) if n > 1 else 0.0
    xs = [plot.left + EDGE + i * step for i in range(n)] if n > 1 else [
        plot.left + plot.width / 2]

    items: list = []
    # Grid and y axis
    for tick in marks:
        y = y_of(tick)
        items.append(Line(plot.left, y, plot.right, y, GRID, 1.0, kind="grid"))
        items.append(Text(plot.left - 8, y, number(tick) + unit, 12, DARK_GREY, "end", True,
                          kind="y-label"))
    items.append(Line(plot.left, plot.bottom, plot.right, plot.bottom, DARK_GREY, 1.0,
                      kind="axis"))
    items.append(Line(plot.left, plot.top, plot.left, plot.bottom, DARK_GREY, 1.0,
                      kind="axis"))

    # x labels, spaced so they never overlap
    widest = max(text_width(label, 12) for label in labels.x_labels) + 10
    every = max(1, math.ceil(widest / step)) if step else 1
    for i in range(0, n, every):
        items.append(Line(xs[i], plot.bottom, xs[i], plot.bottom + 5, DARK_GREY, 1.0,
                          kind="x-tick"))
        items.append(Text(xs[i], plot.bottom + 20, labels.x_labels[i], 12, DARK_GREY, "middle",
                          kind="x-label"))

    # Breaks: recalculations and the end of a baseline, between two points
    def between(i: int) -> float:
        return (xs[i - 1] + xs[i]) / 2

    for r in chart.recalculate_at if chart.baseline is None else ():
        x = between(r)
        items.append(Line(x, plot.top, x, plot.bottom, BLACK, 1.0, DASHED, kind="recalculation"))
        items.append(Text(x + 4, plot.top + 14, "Limits recalculated", 11, BLACK,
                          kind="recalculation-label"))
    if chart.baseline is not None and chart.baseline < n:
        x = between(chart.baseline)
        items.append(Line(x, plot.top, x, plot.bottom, BLACK, 1.0, DASHED, kind="baseline"))
        items.append(Text(x + 4, plot.top + 14, "Baseline ends", 11, BLACK,
                          kind="baseline-label"))

    # Target, mean and limits, one stretch per section so limits step at a recalculation
    if target is not None:
        y = y_of(target)
        items.append(Line(plot.left, y, plot.right, y, TARGET, 2.0, DASHED, kind="target"))
    for section in chart.sections:
        idx = range(section.start, section.stop)

        def stretch(column: Sequence[float], idx=idx) -> tuple[tuple[float, float], ...]:
            if len(idx) == 1:
                i = idx[0]
                return ((xs[i] - step / 2 - 4, y_of(column[i])),
                        (xs[i] + step / 2 + 4, y_of(column[i])))
            return tuple((xs[i], y_of(column[i])) for i in idx)

        items.append(Polyline(stretch(means), DARK_GREY, 2.0, kind="mean"))
        if uppers and lowers:
            items.append(Polyline(stretch(uppers), DARK_GREY, 1.5, DASHED, kind="upper-limit"))
            items.append(Polyline(stretch(lowers), DARK_GREY, 1.5, DASHED, kind="lower-limit"))

    # Plan events: a dotted line at the date and a numbered badge above the plot
    badge_x = -math.inf
    for number_, event in enumerate(labels.events, start=1):
        x = _x_of_day(event.day, labels.periods, labels.period_end, xs, step)
        if x is None:
            continue
        items.append(Line(x, plot.top, x, plot.bottom, EVENT, 1.5, DOTTED, kind="event"))
        bx = max(x, badge_x + 18)
        if bx != x:
            items.append(Line(x, plot.top, bx, plot.top - 12, EVENT, 1.0, kind="event"))
        items.append(Badge(bx, plot.top - 12, number_, EVENT))
        badge_x = bx

    # The data: a thin line joining the points, then the points
    if n > 1:
        items.append(Polyline(tuple((x, y_of(v)) for x, v in zip(xs, values, strict=True)),
                              GREY, 1.5, kind="data"))
    for i, (x, v, signal) in enumerate(zip(xs, values, chart.signals, strict=True)):
        shape, colour, radius = MARKER_STYLES[signal]
        items.append(Marker(x, y_of(v), shape, colour, radius, signal=signal,
                            label=f"{labels.x_labels[i]}: {number(v)}{unit} "
                                  f"({SIGNAL_NAMES[signal].lower()})"))

    # Labels at the right-hand end of the lines, nudged apart so they never overlap
    ends = [("Mean", means[-1], DARK_GREY)]
    if uppers and lowers:
        ends += [("Upper limit", uppers[-1], DARK_GREY), ("Lower limit", lowers[-1], DARK_GREY)]
    if target is not None:
        ends.append(("Target", target, TARGET))
    placed = _spread(sorted(((y_of(v), f"{name} {number(v)}{unit}", colour)
                             for name, v, colour in ends)), 16.0)
    for y, text, colour in placed:
        items.append(Text(plot.right + 8, y, text, 12, BLACK if colour != TARGET else TARGET,
                          "start", True, kind="line-label"))

    # Title above, the key below
    items.append(Text(LEFT - 60, 24, labels.title, 16, BLACK, bold=True, kind="title"))
    y = plot.bottom + 50
    y = _key(items, chart, target is not None, plot, width, y)
    key_dates = labels.event_dates or tuple(str(e.day) for e in labels.events)
    for number_, (event, when) in enumerate(zip(labels.events, key_dates, strict=True),
                                            start=1):
        items.append(Badge(plot.left + 8, y - 4, number_, EVENT, kind="event-key-badge"))
        text = _shorten(f"{when}: {event.label}", int((width - plot.left - 30) / (12 * CHAR)))
        items.append(Text(plot.left + 24, y, text, 12, BLACK, kind="event-key"))
        y += 22
    return Drawing(width=width, height=y + 4, title=labels.title,
                   description=chart.summary, plot=plot, items=tuple(items))


def _x_of_day(day: date, periods: Sequence[date], end: date, xs: Sequence[float],
              step: float) -> float | None:
    """Where a date falls along the x axis: inside its period, in proportion."""
    if not periods or day < periods[0] or day >= end:
        return None
    i = bisect_right(periods, day) - 1
    nxt = periods[i + 1] if i + 1 < len(periods) else end
    through = (day - periods[i]).days / max(1, (nxt - periods[i]).days)
    return xs[i] + through * step


def _spread(rows: list[tuple[float, str, str]], gap: float) -> list[tuple[float, str, str]]:
    """Rows sorted by y, moved down where needed so neighbours are at least `gap` apart."""
    out: list[tuple[float, str, str]] = []
    for y, text, colour in rows:
        if out and y - out[-1][0] < gap:
            y = out[-1][0] + gap
        out.append((y, text, colour))
    return out


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _key(items: list, chart: Chart, has_target: bool, plot: Box, width: float,
         y: float) -> float:
    """The key to the shapes and lines used, wrapping onto more rows as needed."""
    entries: list[tuple[str, str]] = []
    for signal in (Signal.IMPROVEMENT, Signal.CONCERN, Signal.NEITHER, Signal.COMMON_CAUSE,
                   Signal.NOT_ASSESSED):
        if signal in chart.signals:
            entries.append((f"marker:{signal.value}", SIGNAL_NAMES[signal]))
    entries.append(("mean", "Mean"))
    if chart.has_limits:
        entries.append(("limits", "Process limits"))
    if has_target:
        entries.append(("target", "Target"))
    x = plot.left
    for what, text in entries:
        needed = 26 + text_width(text, 12) + 18
        if x + needed > width - 10 and x > plot.left:
            x, y = plot.left, y + 22
        if what.startswith("marker:"):
            shape, colour, radius = MARKER_STYLES[Signal(what.split(":", 1)[1])]
            items.append(Marker(x + 10, y - 4, shape, colour, radius, kind="key"))
        else:
            colour = TARGET if what == "target" else DARK_GREY
            dash = None if what == "mean" else DASHED
            items.append(Line(x, y - 4, x + 20, y - 4, colour, 2.0, dash, kind="key"))
        items.append(Text(x + 26, y, text, 12, BLACK, kind="key"))
        x += needed
    return y + 30
