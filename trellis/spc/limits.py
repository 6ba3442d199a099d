"""Sections, centre lines and limits for XmR charts and p-charts.

XmR (MDC Single Chart Tool v5.0): mean of the points; moving range = absolute difference of
consecutive points; process limits = mean ± 2.66 × mean moving range; two-sigma lines =
mean ± (2/3 × 2.66) × mean moving range. Optional screening (NHSRplotthedots): moving ranges
of at least 3.267 × the mean moving range are left out and the mean moving range is taken
again from the rest.

p-chart: p̄ = Σ numerators / Σ denominators over the section's basis points; for each point,
sigma = sqrt(p̄(1 − p̄) / n_i); limits p̄ ± 3 sigma and two-sigma lines p̄ ± 2 sigma, each
clipped to [0, 1] because a proportion cannot leave that range.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from math import fsum, sqrt
from operator import sub

from .model import Section

LIMIT_FACTOR = 2.66  # 3 / 1.128 (d2 for n = 2), as MDC's tool
TWO_SIGMA_FACTOR = 2 * LIMIT_FACTOR / 3
SCREEN_FACTOR = 3.267  # upper limit of the moving-range chart (D4 for n = 2)


def split(n: int, baseline: int | None,
          recalculate_at: Sequence[int]) -> list[tuple[int, int, int]]:
    """(start, stop, basis_stop) for each section. With a baseline, only the baseline
    applies (as MDC's tool): one section whose limits come from the first points."""
    if baseline is not None:
        return [(0, n, min(baseline, n))]
    edges = [0, *recalculate_at, n]
    return [(a, b, b) for a, b in pairwise(edges)]


def xmr_sections(values: Sequence[float], parts: list[tuple[int, int, int]],
                 screen_outliers: bool) -> list[Section]:
    sections = []
    for start, stop, basis_stop in parts:
        basis = values[start:basis_stop]
        mean = fsum(basis) / len(basis)
        if len(basis) < 2:  # a single point (only allowed below 13 points): no limits
            sections.append(Section(start, stop, basis_stop, mean))
            continue
        ranges = list(map(abs, map(sub, basis[1:], basis)))
        mr = fsum(ranges) / len(ranges)
        excluded = 0
        if screen_outliers and mr > 0:
            cutoff = SCREEN_FACTOR * mr
            kept = [r for r in ranges if r < cutoff]
            excluded = len(ranges) - len(kept)
            if excluded:
                mr = fsum(kept) / len(kept)
        width = LIMIT_FACTOR * mr
        sections.append(Section(start, stop, basis_stop, mean, mr, excluded,
                                mean - width, mean + width))
    return sections


def xmr_lines(sections: list[Section], with_limits: bool):
    """Per-point columns: means, lower, upper, lower two-sigma, upper two-sigma."""
    means: list[float] = []
    lo: list[float] = []
    hi: list[float] = []
    lo2: list[float] = []
    hi2: list[float] = []
    for s in sections:
        k = s.stop - s.start
        means += [s.mean] * k
        if with_limits:
            two = TWO_SIGMA_FACTOR * s.mean_moving_range
            lo += [s.lower_limit] * k
            hi += [s.upper_limit] * k
            lo2 += [s.mean - two] * k
            hi2 += [s.mean + two] * k
    return means, lo, hi, lo2, hi2


def p_sections(numerators: Sequence[float], denominators: Sequence[float],
               parts: list[tuple[int, int, int]]) -> list[Section]:
    return [Section(a, b, c, fsum(numerators[a:c]) / fsum(denominators[a:c]))
            for a, b, c in parts]


def p_lines(sections: list[Section], denominators: Sequence[float], with_limits: bool):
    means: list[float] = []
    lo: list[float] = []
    hi: list[float] = []
    lo2: list[float] = []
    hi2: list[float] = []
    for s in sections:
        p = s.mean
        means += [p] * (s.stop - s.start)
        if not with_limits:
            continue
        spread = p * (1 - p)
        for n in denominators[s.start:s.stop]:
            sigma = sqrt(spread / n)
            lo.append(max(0.0, p - 3 * sigma))
            hi.append(min(1.0, p + 3 * sigma))
            lo2.append(max(0.0, p - 2 * sigma))
            hi2.append(min(1.0, p + 2 * sigma))
    return means, lo, hi, lo2, hi2
