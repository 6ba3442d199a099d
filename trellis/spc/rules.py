"""Special-cause rules and the plain-English reason for every point.

Each point is judged against its own section's lines; the shift, trend and two-sigma rules
look at consecutive points and may cross a recalculation (as MDC's tool).

- Beyond a limit: strictly above the upper or below the lower process limit.
- Shift: ``run_length`` or more consecutive points all strictly above (or below) their mean;
  a point on the mean ends the run. Every point of the run is marked.
- Trend: ``run_length`` or more consecutive points each strictly higher (or lower) than the
  one before; an equal value ends it. A trend may cross the mean.
- Two-sigma: in any 3 consecutive points all on the same side of the mean, 2 or 3 are beyond
  that side's two-sigma line; those points are marked. A point beyond the process limit does
  not count towards the 2 (it is marked by the first rule).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from .model import HIGH_RULES, LOW_RULES, Colour, Direction, Rule, Signal

_ABOVE, _BELOW = int(Rule.ABOVE_UPPER_LIMIT), int(Rule.BELOW_LOWER_LIMIT)
_RUN_HI, _RUN_LO = int(Rule.RUN_ABOVE_MEAN), int(Rule.RUN_BELOW_MEAN)
_RISE, _FALL = int(Rule.RISING_TREND), int(Rule.FALLING_TREND)
_SIG_HI, _SIG_LO = int(Rule.TWO_SIGMA_HIGH), int(Rule.TWO_SIGMA_LOW)


# Runs are found with a regular expression over one byte per point (0 below, 1 on, 2 above
# the mean) or per step (0 down, 1 equal, 2 up): much faster than a Python loop.
_RUNS = {k: re.compile(rb"\x02{%d,}|\x00{%d,}" % (k, k)) for k in range(2, 10)}


def detect(values: Sequence[float], means: Sequence[float], lower: Sequence[float],
           upper: Sequence[float], lower2: Sequence[float], upper2: Sequence[float],
           run_length: int) -> tuple[list[int], dict[int, tuple[int, int, int]]]:
    """Rule bits for every point, and for points in a run or trend the lengths of the run
    above/below the mean, the rising trend and the falling trend they belong to (0 if none)."""
    n = len(values)
    masks = [0] * n
    side = bytes([(v > m) - (v < m) + 1 for v, m in zip(values, means, strict=True)])
    zone = []  # (index, 2 above / 0 below) beyond a two-sigma line but not beyond the limit
    beyond = [i for i, (v, lo2, hi2) in enumerate(zip(values, lower2, upper2, strict=True))
              if v > hi2 or v < lo2]
    for i in beyond:
        v = values[i]
        if v > upper[i]:
            masks[i] = _ABOVE
        elif v < lower[i]:
            masks[i] = _BELOW
        else:
            zone.append((i, side[i]))

    runs: dict[int, list[int]] = {}  # index -> [run, rising, falling] lengths
    for match in _RUNS[run_length].finditer(side):
        a, b = match.span()
        bit = _RUN_HI if side[a] == 2 else _RUN_LO
        for k in range(a, b):
            masks[k] |= bit
            runs.setdefault(k, [0, 0, 0])[0] = b - a

    steps = bytes([(b > a) - (b < a) + 1 for a, b in pairwise(values)])
    for match in _RUNS[run_length - 1].finditer(steps):  # steps[j] compares j and j + 1
        a, b = match.span()
        bit, slot = (_RISE, 1) if steps[a] == 2 else (_FALL, 2)
        for k in range(a, b + 1):
            masks[k] |= bit
            runs.setdefault(k, [0, 0, 0])[slot] = b - a + 1

    for (a, sa), (b, sb) in pairwise(zone):
        if sa != sb or b - a > 2:
            continue
        # a window of 3 holding both a and b, with all three points on the same side
        for w in range(max(0, b - 2), min(a, n - 3) + 1):
            if side[w] == sa and side[w + 1] == sa and side[w + 2] == sa:
                bit = _SIG_HI if sa == 2 else _SIG_LO
                masks[a] |= bit
                masks[b] |= bit
                break

    return masks, {k: (r[0], r[1], r[2]) for k, r in runs.items()}


_COLOUR = {Signal.IMPROVEMENT: Colour.BLUE, Signal.CONCERN: Colour.ORANGE,
           Signal.NEITHER: Colour.PURPLE}
_HIGH, _LOW = int(HIGH_RULES), int(LOW_RULES)

COMMON = (Signal.COMMON_CAUSE, Colour.GREY, Rule(0),
          ("common cause: within the limits, no run, trend or two-sigma pattern",))


def not_assessed(n: int) -> tuple[Signal, Colour, Rule, tuple[str, ...]]:
    return (Signal.NOT_ASSESSED, Colour.GREY, Rule(0),
            (f"not assessed: {n} points, and process limits need at least 13",))


@lru_cache(maxsize=4096)
def describe(direction: Direction, mask: int, run: int, rising: int,
             falling: int) -> tuple[Signal, Colour, Rule, tuple[str, ...]]:
    """Classification, colour, rules and reasons for one flagged point (cached: few
    distinct combinations occur)."""
    reasons = []
    if mask & _ABOVE:
        reasons.append("beyond the upper process limit")
    if mask & _BELOW:
        reasons.append("beyond the lower process limit")
    if mask & _RUN_HI:
        reasons.append(f"part of {_a(run)}-point run above the mean")
    if mask & _RUN_LO:
        reasons.append(f"part of {_a(run)}-point run below the mean")
    if mask & _RISE:
        reasons.append(f"part of {_a(rising)}-point rising trend")
    if mask & _FALL:
        reasons.append(f"part of {_a(falling)}-point falling trend")
    if mask & _SIG_HI:
        reasons.append("2 of 3 points beyond the upper two-sigma line")
    if mask & _SIG_LO:
        reasons.append("2 of 3 points beyond the lower two-sigma line")
    high, low = bool(mask & _HIGH), bool(mask & _LOW)
    if direction is Direction.NEITHER:
        signal = Signal.NEITHER
    else:
        good, bad = (high, low) if direction is Direction.UP else (low, high)
        signal = Signal.IMPROVEMENT if good else Signal.CONCERN
        if good and bad:
            reasons.append("improvement and concern signals conflict: improvement is shown")
    return signal, _COLOUR[signal], Rule(mask), tuple(reasons)


def _a(n: int) -> str:
    """"a 6", "an 8", "an 11", "an 18"."""
    digits = str(n)
    vowel = digits[0] == "8" or (len(digits) % 3 == 2 and digits[:2] in ("11", "18"))
    return f"{'an' if vowel else 'a'} {n}"
