"""Variation and assurance icons, and the one-line summary of a chart."""

from __future__ import annotations

from .model import HIGH_RULES, LOW_RULES, AssuranceIcon, Direction, Rule, Signal, VariationIcon

MIN_POINTS = 13  # MDC: fewer points show the mean (and target) only


def variation_icon(direction: Direction, signal: Signal, rules: Rule, value: float,
                   mean: float) -> VariationIcon | None:
    """From the latest point. With a direction, improvement is "high" when high is good and
    concern the opposite; with none, the side of the signal (the side of the mean if the
    point has both a high and a low signal)."""
    if signal is Signal.NOT_ASSESSED:
        return None
    if signal is Signal.COMMON_CAUSE:
        return VariationIcon.COMMON_CAUSE
    if signal is Signal.IMPROVEMENT:
        return (VariationIcon.IMPROVEMENT_HIGH if direction is Direction.UP
                else VariationIcon.IMPROVEMENT_LOW)
    if signal is Signal.CONCERN:
        return (VariationIcon.CONCERN_LOW if direction is Direction.UP
                else VariationIcon.CONCERN_HIGH)
    high, low = bool(rules & HIGH_RULES), bool(rules & LOW_RULES)
    if high and low:
        high = value >= mean
    return VariationIcon.NEITHER_HIGH if high else VariationIcon.NEITHER_LOW


def assurance_icon(direction: Direction, target: float | None, lower: float | None,
                   upper: float | None) -> AssuranceIcon | None:
    """The target against the latest process limits. A target on a limit counts as inside
    (hit and miss). None without a target, without limits or with no direction."""
    if target is None or lower is None or upper is None or direction is Direction.NEITHER:
        return None
    if lower <= target <= upper:
        return AssuranceIcon.HIT_AND_MISS
    below = target < lower  # every point expected above the target
    if below == (direction is Direction.UP):
        return AssuranceIcon.PASSING
    return AssuranceIcon.FAILING


def number(x: float) -> str:
    """A number as people write it: 40, 0.25, 12.5 (at most 4 decimals)."""
    text = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def summary(n: int, target: float | None,
            variation: VariationIcon | None, assurance: AssuranceIcon | None,
            lower: float | None, upper: float | None) -> str:
    if variation is None:
        text = (f"Too few points for process limits ({n} of the {MIN_POINTS} needed): the mean "
                "is shown, with no special cause or icons.")
        if target is not None:
            text += f" Target {number(target)}."
        return text
    label = variation.label[0].lower() + variation.label[1:]
    parts = [f"Latest point: {label}."]
    if target is not None:
        t = number(target)
        if assurance is None:
            parts.append(f"Target {t}: with no improvement direction there is no assurance.")
        elif assurance is AssuranceIcon.HIT_AND_MISS:
            parts.append(f"The target of {t} is within the process limits, so it will be hit "
                         "and missed at random.")
        else:
            below = lower is not None and target < lower
            where = "below the lower" if below else "above the upper"
            outcome = ("consistently be met" if assurance is AssuranceIcon.PASSING
                       else "consistently be missed unless the process changes")
            parts.append(f"The target of {t} is {where} process limit, so it will {outcome}.")
    return " ".join(parts)
