"""Result types of the SPC engine: enums with plain labels and frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntFlag, StrEnum
from functools import cached_property
from typing import NamedTuple


class Direction(StrEnum):
    """Which way is better: ``up`` (high is good), ``down`` (low is good) or neither."""

    UP = "up"
    DOWN = "down"
    NEITHER = "neither"


class ChartKind(StrEnum):
    XMR = "xmr"
    P = "p"


class Signal(StrEnum):
    """Classification of one point."""

    COMMON_CAUSE = "common cause"
    IMPROVEMENT = "improvement"
    CONCERN = "concern"
    NEITHER = "neither"  # special cause, but no improvement direction is set
    NOT_ASSESSED = "not assessed"  # fewer than 13 points: no limits, no special cause

    @property
    def is_special_cause(self) -> bool:
        return self in (Signal.IMPROVEMENT, Signal.CONCERN, Signal.NEITHER)


class Colour(StrEnum):
    """MDC point colours; the value is the name used in MDC's test data."""

    GREY = "grey"
    BLUE = "blue"
    ORANGE = "orange"
    PURPLE = "purple"

    @property
    def hex(self) -> str:
        return _HEX[self]


_HEX = {Colour.GREY: "#A6A6A6", Colour.BLUE: "#00B0F0", Colour.ORANGE: "#E46C0A",
        Colour.PURPLE: "#490092"}


class Rule(IntFlag):
    """Special-cause rules, each on the high or the low side. A point can trigger several."""

    ABOVE_UPPER_LIMIT = 1
    BELOW_LOWER_LIMIT = 2
    RUN_ABOVE_MEAN = 4
    RUN_BELOW_MEAN = 8
    RISING_TREND = 16
    FALLING_TREND = 32
    TWO_SIGMA_HIGH = 64
    TWO_SIGMA_LOW = 128


HIGH_RULES = Rule.ABOVE_UPPER_LIMIT | Rule.RUN_ABOVE_MEAN | Rule.RISING_TREND | Rule.TWO_SIGMA_HIGH
LOW_RULES = Rule.BELOW_LOWER_LIMIT | Rule.RUN_BELOW_MEAN | Rule.FALLING_TREND | Rule.TWO_SIGMA_LOW


class VariationIcon(StrEnum):
    """MDC variation icon, from the latest point."""

    COMMON_CAUSE = "common_cause"
    IMPROVEMENT_HIGH = "improvement_high"
    IMPROVEMENT_LOW = "improvement_low"
    CONCERN_HIGH = "concern_high"
    CONCERN_LOW = "concern_low"
    NEITHER_HIGH = "neither_high"
    NEITHER_LOW = "neither_low"

    @property
    def label(self) -> str:
        return _VARIATION_LABELS[self]


_VARIATION_LABELS = {
    VariationIcon.COMMON_CAUSE: "Common cause variation",
    VariationIcon.IMPROVEMENT_HIGH: "Special cause improvement – high",
    VariationIcon.IMPROVEMENT_LOW: "Special cause improvement – low",
    VariationIcon.CONCERN_HIGH: "Special cause concern – high",
    VariationIcon.CONCERN_LOW: "Special cause concern – low",
    VariationIcon.NEITHER_HIGH: "Special cause variation – high",
    VariationIcon.NEITHER_LOW: "Special cause variation – low",
}


class AssuranceIcon(StrEnum):
    """MDC assurance icon: the target against the latest process limits."""

    PASSING = "passing"
    HIT_AND_MISS = "hit_and_miss"
    FAILING = "failing"

    @property
    def label(self) -> str:
        return _ASSURANCE_LABELS[self]


_ASSURANCE_LABELS = {
    AssuranceIcon.PASSING: "Consistently passing the target",
    AssuranceIcon.HIT_AND_MISS: "Hit and miss: the target is within the process limits",
    AssuranceIcon.FAILING: "Consistently failing the target",
}


class Point(NamedTuple):
    """One point of a chart. Limits and two-sigma lines are None below 13 points.
    A named tuple: charts make a million of them at a time (python -m bench.spc)."""

    index: int  # 0-based position in the series
    value: float  # for a p-chart, the proportion numerator / denominator
    mean: float
    lower_limit: float | None
    upper_limit: float | None
    lower_two_sigma: float | None
    upper_two_sigma: float | None
    signal: Signal
    colour: Colour
    rules: Rule  # the special-cause rules this point triggers (Rule(0) for none)
    reasons: tuple[str, ...]  # plain English, never empty
    section: int  # which calculation section the point belongs to (0-based)
    numerator: float | None = None  # p-chart only
    denominator: float | None = None  # p-chart only

    @property
    def special_cause(self) -> bool:
        return self.signal.is_special_cause


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of points sharing one mean and one set of limits.

    ``start``/``stop`` are the points shown with these limits; ``basis_stop`` is where the
    points used to calculate them end (earlier than ``stop`` for a baseline).
    """

    start: int
    stop: int
    basis_stop: int
    mean: float
    mean_moving_range: float | None = None  # XmR only
    moving_ranges_excluded: int = 0  # XmR with outlier screening
    lower_limit: float | None = None  # XmR only (p-chart limits vary by point)
    upper_limit: float | None = None


@dataclass(frozen=True)
class Chart:
    """A calculated SPC chart. Per-point data is held in columns (cheap to build and what a
    plot needs); ``points`` gives the same data as one ``Point`` per row."""

    kind: ChartKind
    direction: Direction
    target: float | None
    run_length: int
    screen_outliers: bool
    baseline: int | None
    recalculate_at: tuple[int, ...]
    values: tuple[float, ...]
    sections: tuple[Section, ...]
    section_of: tuple[int, ...]
    means: tuple[float, ...]
    lower_limits: tuple[float, ...] | None
    upper_limits: tuple[float, ...] | None
    lower_two_sigma: tuple[float, ...] | None
    upper_two_sigma: tuple[float, ...] | None
    signals: tuple[Signal, ...]
    colours: tuple[Colour, ...]
    rules: tuple[Rule, ...]
    reasons: tuple[tuple[str, ...], ...]
    variation_icon: VariationIcon | None
    assurance_icon: AssuranceIcon | None
    summary: str
    notes: tuple[str, ...] = ()
    numerators: tuple[float, ...] | None = field(default=None, repr=False)
    denominators: tuple[float, ...] | None = field(default=None, repr=False)

    @property
    def has_limits(self) -> bool:
        return self.upper_limits is not None

    def __len__(self) -> int:
        return len(self.values)

    @cached_property
    def points(self) -> tuple[Point, ...]:
        n = len(self.values)
        none = (None,) * n
        columns = zip(range(n), self.values, self.means, self.lower_limits or none,
                      self.upper_limits or none, self.lower_two_sigma or none,
                      self.upper_two_sigma or none, self.signals, self.colours, self.rules,
                      self.reasons, self.section_of, self.numerators or none,
                      self.denominators or none, strict=True)
        # Same result as Point(*row), without the call through Point.__new__'s
        # keyword handling, which dominates for 100,000s of points.
        new = tuple.__new__
        return tuple([new(Point, row) for row in columns])

    @property
    def latest(self) -> Point | None:
        return self.points[-1] if self.values else None
