"""Each score over time: one series per instrument, score (the total or an ORIC
subscale) and what the rounds were about, with a small chart of the mean and
interquartile range per round, a data table and a one-line summary."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Count
from django.urls import reverse

from ..instruments import get_instruments
from ..models import ResponseScore, SurveyRound
from ..statistics import Summary, fewer_than, reportable, summarise_counts
from .common import score_text


@dataclass(frozen=True)
class RoundPoint:
    """One round on a score's timeline: its summary, or None below the minimum."""

    round: SurveyRound
    responses: int
    summary: Summary | None
    url: str

    @property
    def mean(self) -> str:
        return score_text(self.summary.mean) if self.summary else ""

    @property
    def median(self) -> str:
        return score_text(self.summary.median) if self.summary else ""

    @property
    def quartiles(self) -> str:
        s = self.summary
        if s is None or s.lower_quartile is None:
            return ""
        return f"{score_text(s.lower_quartile)} to {score_text(s.upper_quartile)}"


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    low: float
    high: float
    label: str


@dataclass(frozen=True)
class Tick:
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Chart:
    """A small line chart of a score's mean per round (1 to 5), with the
    interquartile range as a vertical line; coordinates in SVG units."""

    width: int
    height: int
    points: tuple[ChartPoint, ...]
    line: str
    grid: tuple[Tick, ...]
    labels: tuple[Tick, ...]
    left: int
    right: int


@dataclass(frozen=True)
class Series:
    key: str
    title: str
    about: str
    points: tuple[RoundPoint, ...]
    minimum: int
    summary: str
    chart: Chart | None

    @property
    def notice(self) -> str:
        return fewer_than(self.minimum)


WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 24, 16, 56


def _y(value: float) -> float:
    return TOP + (5 - value) / 4 * (HEIGHT - TOP - BOTTOM)


def _short(text: str, limit: int = 18) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def chart(points: Sequence[RoundPoint]) -> Chart | None:
    """The chart of the rounds with results; None when no round has any."""
    shown = [p for p in points if p.summary is not None and p.summary.mean is not None]
    if not shown:
        return None
    span = WIDTH - LEFT - RIGHT
    step = span / len(points)
    placed = []
    labels = []
    for index, point in enumerate(points):
        x = LEFT + step * (index + 0.5)
        labels.append(Tick(round(x, 1), HEIGHT - BOTTOM + 20, _short(point.round.label)))
        s = point.summary
        if s is None or s.mean is None:
            continue
        placed.append(ChartPoint(round(x, 1), round(_y(s.mean), 1),
                                 round(_y(s.lower_quartile), 1),
                                 round(_y(s.upper_quartile), 1),
                                 f"{point.round.label}: mean {score_text(s.mean)}"))
    line = " ".join(f"{p.x},{p.y}" for p in placed)
    grid = tuple(Tick(LEFT - 8, round(_y(v), 1), str(v)) for v in (1, 2, 3, 4, 5))
    return Chart(WIDTH, HEIGHT, tuple(placed), line, grid, tuple(labels), LEFT, WIDTH - RIGHT)


def trend_summary(title: str, points: Sequence[RoundPoint], minimum: int) -> str:
    """One line saying what the chart shows."""
    shown = [p for p in points if p.summary is not None and p.summary.mean is not None]
    withheld = sum(1 for p in points if p.summary is None)
    tail = (f" {withheld} round{'s' if withheld != 1 else ''} with fewer than {minimum} "
            f"responses {'are' if withheld != 1 else 'is'} not shown." if withheld else "")
    if not shown:
        return (f"No round of the {title} has enough responses to show yet "
                f"(at least {minimum} are needed).")
    first, last = shown[0], shown[-1]
    if len(shown) == 1:
        return (f"{title}: {score_text(first.summary.mean)} out of 5 in {first.round.label}; "
                f"repeat the round to see how it changes.{tail}")
    change = last.summary.mean - first.summary.mean
    if abs(change) < 0.005:
        how = f"stayed at {score_text(last.summary.mean)}"
    else:
        how = (f"went {'up' if change > 0 else 'down'} from {score_text(first.summary.mean)} "
               f"in {first.round.label} to {score_text(last.summary.mean)} in "
               f"{last.round.label}")
    return f"{title} {how} (out of 5, over {len(shown)} rounds).{tail}"


def score_series(project, rounds: Iterable[SurveyRound], minimum: int) -> list[Series]:
    """Each score of each instrument over the project's rounds that asked it, one
    series per instrument, score and what the rounds were about. `rounds` are
    annotated with `response_count`, with instruments and core component fetched.
    One query for every round's scores."""
    rounds = sorted(rounds, key=lambda r: (r.opens_on, r.closes_on, r.pk))
    known = get_instruments()
    shown = [r for r in rounds if reportable(r.response_count, minimum)]
    counts: dict[tuple[int, str, str], dict] = defaultdict(dict)
    if shown:
        for round_pk, slug, scale, value, n in (
                ResponseScore.objects.filter(round__in=[r.pk for r in shown])
                .exclude(value=None).values_list("round_id", "instrument", "scale", "value")
                .annotate(n=Count("pk")).order_by()):
            counts[(round_pk, slug, scale)][value] = n
    grouped: dict[tuple[str, int | None], list[SurveyRound]] = defaultdict(list)
    for r in rounds:
        for slug in r.instrument_slugs:
            if slug in known:
                grouped[(slug, r.core_component_id)].append(r)
    order = list(known)
    series = []
    for (slug, component_pk), members in sorted(
            grouped.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1] or 0)):
        instrument = known[slug]
        names = {s.slug: s.name for s in instrument.subscales}
        about = (members[0].core_component.name if component_pk
                 else project.approach or "The approach as a whole")
        for key in instrument.score_keys:
            title = (f"{instrument.short_name} score" if key == "total"
                     else f"{instrument.short_name} {names[key].lower()}")
            points = tuple(
                RoundPoint(r, r.response_count,
                           summarise_counts(counts[(r.pk, slug, key)])
                           if reportable(r.response_count, minimum) else None,
                           reverse("surveys:results", args=[project.pk, r.pk]))
                for r in members)
            series.append(Series(f"{slug}-{component_pk or 'approach'}-{key}", title, about,
                                 points, minimum, trend_summary(title, points, minimum),
                                 chart(points)))
    return series
