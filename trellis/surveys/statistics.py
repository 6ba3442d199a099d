"""Summaries of many respondents' answers and scores, and the small-number rule.
Pure: no Django.

Everything works either from the values themselves or from aggregated counts
(value -> how many respondents gave it), so a results page can summarise a round of
10,000 responses from one ``GROUP BY`` without loading the rows: scores are means of
four to twelve whole numbers, so they take few distinct values.

Quartiles
---------
Quartiles and the median use linear interpolation between the closest ranks
(Hyndman and Fan's method 7; the same as ``statistics.quantiles(method="inclusive")``,
Excel's QUARTILE.INC and R's default). For the sorted values x[0] .. x[n-1], the
p-quantile is at position h = (n - 1) * p, interpolated between x[floor(h)] and
x[ceil(h)]. With one value every quartile is that value.

Small numbers
-------------
Below an organisation's minimum number of responses (default 5) nothing about a
round is shown to anyone: no scores, no distributions, no free text. Use
:func:`reportable` before showing or exporting anything from a round.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from trellis.surveys.instruments import ScalePoint

DEFAULT_MINIMUM_RESPONSES = 5


def reportable(n: int, minimum: int = DEFAULT_MINIMUM_RESPONSES) -> bool:
    """May results from ``n`` responses be shown? Only when there are at least
    ``minimum`` of them (and never with none, whatever the minimum)."""
    return n >= max(minimum, 1)


def fewer_than(minimum: int = DEFAULT_MINIMUM_RESPONSES) -> str:
    """What a round below the minimum shows instead of results."""
    minimum = max(minimum, 1)
    return f"Fewer than {minimum} response{'s' if minimum != 1 else ''}"


@dataclass(frozen=True)
class Summary:
    """The centre and spread of some values. With no values, ``n`` is 0 and every
    other field is None."""

    n: int
    mean: float | None = None
    median: float | None = None
    lower_quartile: float | None = None
    upper_quartile: float | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def interquartile_range(self) -> float | None:
        if self.lower_quartile is None or self.upper_quartile is None:
            return None
        return self.upper_quartile - self.lower_quartile


def tally(values: Iterable[float | None]) -> dict[float, int]:
    """Counts of each value, skipping ``None`` (unanswered or not scored)."""
    return dict(Counter(v for v in values if v is not None))


Counts = Mapping[float, int] | Iterable[tuple[float, int]]


def _clean_counts(counts: Counts) -> list[tuple[float, int]]:
    pairs = counts.items() if isinstance(counts, Mapping) else counts
    merged: Counter[float] = Counter()
    for value, count in pairs:
        if value is None:
            continue
        if type(count) is not int or count < 0:
            raise ValueError(f"count for {value!r} must be a whole number of at least 0, "
                             f"got {count!r}")
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not math.isfinite(value):
            raise ValueError(f"{value!r} is not a number")
        if count:
            merged[value] += count
    return sorted(merged.items())


def _order_statistic(pairs: list[tuple[float, int]], index: int) -> float:
    """The value at 0-based ``index`` of the sorted values the counts stand for."""
    seen = 0
    for value, count in pairs:
        seen += count
        if index < seen:
            return value
    raise IndexError(index)  # pragma: no cover - callers keep index < n


def _quantile(pairs: list[tuple[float, int]], n: int, p: float) -> float:
    position = (n - 1) * p
    below = math.floor(position)
    fraction = position - below
    low = _order_statistic(pairs, below)
    if fraction == 0:
        return low
    high = _order_statistic(pairs, below + 1)
    return low + (high - low) * fraction


def summarise_counts(counts: Counts) -> Summary:
    """A :class:`Summary` from aggregated counts, e.g. ``{3.5: 4, 4.0: 10}`` or the
    rows of ``values_list("score").annotate(n=Count("pk"))``. ``None`` values (not
    scored) are ignored; negative counts raise ValueError."""
    pairs = _clean_counts(counts)
    n = sum(count for _, count in pairs)
    if n == 0:
        return Summary(0)
    return Summary(
        n=n,
        mean=math.fsum(value * count for value, count in pairs) / n,
        median=_quantile(pairs, n, 0.5),
        lower_quartile=_quantile(pairs, n, 0.25),
        upper_quartile=_quantile(pairs, n, 0.75),
        minimum=pairs[0][0],
        maximum=pairs[-1][0],
    )


def summarise(values: Iterable[float | None]) -> Summary:
    """A :class:`Summary` of the values, ignoring ``None``."""
    return summarise_counts(tally(values))


def summarise_scores(scores: Iterable[Mapping[str, float | None]],
                     keys: Sequence[str] = ("total",)) -> dict[str, Summary]:
    """One :class:`Summary` per score key (e.g. ``instrument.score_keys``) over many
    respondents' :func:`trellis.surveys.scoring.score` results."""
    counts: dict[str, Counter[float]] = {key: Counter() for key in keys}
    for one in scores:
        for key in keys:
            value = one.get(key)
            if value is not None:
                counts[key][value] += 1
    return {key: summarise_counts(counts[key]) for key in keys}


@dataclass(frozen=True)
class Band:
    """One scale point in a distribution bar."""

    value: int
    label: str
    count: int
    percent: float  # exact share of the answers, 0-100
    rounded: int  # whole-number share; the bands' rounded shares add up to 100


@dataclass(frozen=True)
class Distribution:
    """How the answers to one item spread over the scale. ``answered`` counts the
    respondents who answered; ``skipped`` those who did not (when known)."""

    bands: tuple[Band, ...]
    answered: int
    skipped: int = 0

    @property
    def most_common(self) -> tuple[Band, ...]:
        top = max((b.count for b in self.bands), default=0)
        return tuple(b for b in self.bands if top and b.count == top)


def _whole_percentages(counts: Sequence[int]) -> list[int]:
    """Shares of the total as whole numbers adding up to exactly 100 (largest
    remainder method), so a distribution bar has no gap or overflow."""
    total = sum(counts)
    if total == 0:
        return [0] * len(counts)
    exact = [count * 100 / total for count in counts]
    rounded = [math.floor(e) for e in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: (-(exact[i] - rounded[i]), i))
    for i in by_remainder[: 100 - sum(rounded)]:
        rounded[i] += 1
    return rounded


def _points(scale: Sequence[ScalePoint | int]) -> list[ScalePoint]:
    points = [p if isinstance(p, ScalePoint) else ScalePoint(p, str(p)) for p in scale]
    if len({p.value for p in points}) != len(points):
        raise ValueError("scale values must be distinct")
    return points


def distribution_from_counts(counts: Mapping[int, int], scale: Sequence[ScalePoint | int],
                             skipped: int = 0) -> Distribution:
    """The distribution of one item's answers from counts (scale value -> count).
    Every scale point gets a band, with 0 where nobody chose it; a count for a value
    not on the scale raises ValueError."""
    points = _points(scale)
    known = {p.value for p in points}
    for value, count in counts.items():
        if value is None:
            continue
        if value not in known:
            raise ValueError(f"{value!r} is not on the scale")
        if type(count) is not int or count < 0:
            raise ValueError(f"count for {value!r} must be a whole number of at least 0")
    if type(skipped) is not int or skipped < 0:
        raise ValueError("skipped must be a whole number of at least 0")
    per_point = [counts.get(p.value, 0) for p in points]
    answered = sum(per_point)
    whole = _whole_percentages(per_point)
    bands = tuple(
        Band(p.value, p.label, count, count * 100 / answered if answered else 0.0, share)
        for p, count, share in zip(points, per_point, whole, strict=True)
    )
    return Distribution(bands, answered, skipped)


def distribution(answers: Iterable[int | None], scale: Sequence[ScalePoint | int]) -> Distribution:
    """The distribution of one item's answers (``None`` counts as skipped)."""
    answers = list(answers)
    skipped = sum(1 for a in answers if a is None)
    return distribution_from_counts(tally(answers), scale, skipped)  # type: ignore[arg-type]
