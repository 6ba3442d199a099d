"""The public entry points: ``xmr`` and ``p_chart``."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise
from math import isfinite
from numbers import Real
from typing import Literal

from . import limits, rules
from .icons import MIN_POINTS, assurance_icon, number, summary, variation_icon
from .model import Chart, ChartKind, Direction, Section

DirectionName = Direction | Literal["up", "down", "neither"]


class SpcInputError(ValueError):
    """Input the engine refuses, with a message fit to show to the person who gave it."""


def xmr(values: Sequence[float], *, direction: DirectionName = "up",
        target: float | None = None, baseline: int | None = None,
        recalculate_at: Sequence[int] = (), run_length: int = 6,
        screen_outliers: bool = False) -> Chart:
    """An XmR chart as MDC's Single Chart Tool v5.0.

    ``baseline``: limits come from the first ``baseline`` points and extend over the rest
    (more than there are points means all of them). ``recalculate_at``: 0-based index of
    the first point of each new section (the number of points before it); each section needs
    at least 2 points. With a baseline, recalculations are ignored, as in MDC's tool.
    """
    xs = _numbers(values, "value")
    settings = _settings(len(xs), direction, target, baseline, recalculate_at, run_length,
                         min_section=2)
    parts = limits.split(len(xs), settings[2], settings[3])
    sections = limits.xmr_sections(xs, parts, bool(screen_outliers))
    lines = limits.xmr_lines(sections, len(xs) >= MIN_POINTS)
    return _chart(ChartKind.XMR, xs, sections, lines, settings, bool(screen_outliers))


def p_chart(numerators: Sequence[float], denominators: Sequence[float], *,
            direction: DirectionName = "up", target: float | None = None,
            baseline: int | None = None, recalculate_at: Sequence[int] = (),
            run_length: int = 6) -> Chart:
    """A p-chart for proportions with varying denominators; values are proportions (0–1) and
    so is ``target``. p̄ is pooled (Σ numerators / Σ denominators) over each section's basis;
    each point has its own limits p̄ ± 3·sqrt(p̄(1 − p̄)/n_i), two-sigma lines likewise,
    clipped to [0, 1]. The special-cause rules, the 13-point minimum, baselines and
    recalculations work as for ``xmr``."""
    nums = _numbers(numerators, "numerator")
    dens = _numbers(denominators, "denominator")
    if len(nums) != len(dens):
        raise SpcInputError(f"{len(nums)} numerators but {len(dens)} denominators")
    for i, (a, b) in enumerate(zip(nums, dens, strict=True)):
        if b <= 0:
            raise SpcInputError(f"denominator at position {i} (point {i + 1}) is {number(b)}: it "
                                "must be above 0 "
                                "(leave the point out instead)")
        if not 0 <= a <= b:
            raise SpcInputError(f"numerator at position {i} (point {i + 1}) is {number(a)}: it "
                                f"must be between 0 and its denominator {number(b)}")
    settings = _settings(len(nums), direction, target, baseline, recalculate_at, run_length,
                         min_section=1)
    parts = limits.split(len(nums), settings[2], settings[3])
    sections = limits.p_sections(nums, dens, parts)
    lines = limits.p_lines(sections, dens, len(nums) >= MIN_POINTS)
    ps = [a / b for a, b in zip(nums, dens, strict=True)]
    return _chart(ChartKind.P, ps, sections, lines, settings, False,
                  numerators=tuple(nums), denominators=tuple(dens))


_NO_RUNS = (0, 0, 0)


def _chart(kind: ChartKind, xs: list[float], sections: list[Section], lines, settings,
           screen: bool, **extra) -> Chart:
    direction, target, baseline, recalc, run_length, notes = settings
    means, lo, hi, lo2, hi2 = lines
    n = len(xs)
    has = n >= MIN_POINTS
    section_of = [k for k, s in enumerate(sections) for _ in range(s.stop - s.start)]
    if has:
        masks, runs = rules.detect(xs, means, lo, hi, lo2, hi2, run_length)
        signal, colour, flag, reason = rules.COMMON
        signals, colours, flags, reasons = [signal] * n, [colour] * n, [flag] * n, [reason] * n
        describe = rules.describe
        for i in [i for i, mask in enumerate(masks) if mask]:
            signals[i], colours[i], flags[i], reasons[i] = describe(
                direction, masks[i], *runs.get(i, _NO_RUNS))
    else:
        signal, colour, flag, reason = rules.not_assessed(n)
        signals, colours, flags, reasons = [signal] * n, [colour] * n, [flag] * n, [reason] * n
    lower, upper = (lo[-1], hi[-1]) if has else (None, None)
    variation = variation_icon(direction, signals[-1], flags[-1], xs[-1], means[-1])
    assurance = assurance_icon(direction, target, lower, upper)
    return Chart(
        kind=kind, direction=direction, target=target, run_length=run_length,
        screen_outliers=screen, baseline=baseline, recalculate_at=recalc, values=tuple(xs),
        sections=tuple(sections), section_of=tuple(section_of), means=tuple(means),
        lower_limits=tuple(lo) if has else None, upper_limits=tuple(hi) if has else None,
        lower_two_sigma=tuple(lo2) if has else None,
        upper_two_sigma=tuple(hi2) if has else None,
        signals=tuple(signals), colours=tuple(colours), rules=tuple(flags),
        reasons=tuple(reasons),
        variation_icon=variation, assurance_icon=assurance,
        summary=summary(n, target, variation, assurance, lower, upper), notes=tuple(notes),
        **extra,
    )


def _numbers(values: Sequence[float], what: str) -> list[float]:
    """Floats from ints, floats, Decimals and other real numbers; None, NaN, infinity, bools
    and strings are refused with the position of the first bad one."""
    if isinstance(values, str | bytes):
        raise SpcInputError(f"expected a sequence of numbers, not a string of {what}s")
    values = list(values)
    if not values:
        raise SpcInputError(f"no {what}s: a chart needs at least one point")
    if set(map(type, values)) <= _PLAIN:  # the common case, checked in bulk
        out = list(map(float, values))
        if isfinite(sum(out)):  # else find the culprit below (or a harmless overflow)
            return out
    for i, v in enumerate(values):
        if isinstance(v, bool) or not isinstance(v, Real | Decimal):
            shown = "missing (None)" if v is None else f"not a number ({v!r})"
            raise SpcInputError(f"{what} at position {i} (point {i + 1}) is {shown}: every point "
                                "needs a "
                                "number, so leave gaps out of the series")
        if not isfinite(v):
            raise SpcInputError(f"{what} at position {i} (point {i + 1}) is {v}: every point needs "
                                "a finite "
                                "number, so leave gaps out of the series")
    return [float(v) for v in values]


_PLAIN = {float, int}


def _whole(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _settings(n: int, direction, target, baseline, recalculate_at, run_length,
              min_section: int):
    try:
        direction = Direction(direction)
    except ValueError:
        raise SpcInputError(f"direction must be up, down or neither, not {direction!r}") from None
    if not _whole(run_length) or run_length not in (6, 7):
        raise SpcInputError(f"run_length must be 6 or 7, not {run_length!r}")
    if target is not None:
        if (isinstance(target, bool) or not isinstance(target, Real | Decimal)
                or not isfinite(target)):
            raise SpcInputError(f"target must be a finite number, not {target!r}")
        target = float(target)
    if n < MIN_POINTS:
        min_section = 1  # no limits, so no moving range needed
    recalc = tuple(recalculate_at)
    notes = []
    for r in recalc:
        if not _whole(r) or not 0 < r < n:
            raise SpcInputError(f"recalculate_at {r!r} is not a point inside the series: use "
                                f"1 to {n - 1} (0-based index of the first point of the new "
                                "section)")
    if list(recalc) != sorted(set(recalc)):
        raise SpcInputError(f"recalculate_at must increase without repeats: {list(recalc)}")
    if baseline is not None:
        if not _whole(baseline) or baseline < 2:
            raise SpcInputError(f"baseline must be a whole number of points, at least 2, not "
                                f"{baseline!r}")
        if recalc:
            notes.append("Recalculations are ignored because a baseline is set (as MDC's tool).")
        if baseline > n:
            notes.append(f"The baseline of {baseline} points is longer than the series: all "
                         f"{n} points are used.")
        elif baseline < MIN_POINTS <= n:
            notes.append(f"The baseline has only {baseline} points; at least {MIN_POINTS} are "
                         "advised.")
        return direction, target, baseline, recalc, run_length, notes
    edges = [0, *recalc, n]
    for a, b in pairwise(edges):
        if b - a < min_section:
            raise SpcInputError(f"the section starting at position {a} (point {a + 1}) has "
                                f"{b - a} point(s); "
                                f"each section needs at least {min_section}")
        if recalc and b - a < MIN_POINTS <= n:
            notes.append(f"The section starting at point {a + 1} has only {b - a} points; at "
                         f"least {MIN_POINTS} are advised.")
    return direction, target, baseline, recalc, run_length, notes
