"""Edge cases, input checks and the shape of the results."""

import dataclasses
import math
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from trellis.spc import (
    AssuranceIcon,
    Colour,
    Direction,
    Point,
    Rule,
    Signal,
    SpcInputError,
    VariationIcon,
    xmr,
)

STABLE = [30, 31, 25, 35, 34, 15, 21, 23, 30, 26, 26, 22, 25, 24, 28]


def test_all_equal_values_have_a_zero_moving_range():
    chart = xmr([5.0] * 20, target=5)
    assert chart.sections[0].mean_moving_range == 0
    assert chart.upper_limits[0] == chart.lower_limits[0] == chart.means[0] == 5
    assert set(chart.signals) == {Signal.COMMON_CAUSE}  # on the mean: no runs, no trends
    assert chart.variation_icon is VariationIcon.COMMON_CAUSE
    assert chart.assurance_icon is AssuranceIcon.HIT_AND_MISS  # a target on a limit is inside


def test_all_equal_then_a_change_is_special_cause():
    chart = xmr([5.0] * 14 + [6.0])
    assert chart.points[-1].rules & Rule.ABOVE_UPPER_LIMIT


@pytest.mark.parametrize("n", [1, 2, 12])
def test_fewer_than_13_points_give_the_mean_only(n):
    values = [10, 50] * 6
    chart = xmr(values[:n], target=3)
    assert chart.means[0] == pytest.approx(sum(values[:n]) / n)
    assert chart.lower_limits is chart.upper_limits is chart.upper_two_sigma is None
    assert chart.signals == (Signal.NOT_ASSESSED,) * n
    assert chart.colours == (Colour.GREY,) * n
    assert chart.variation_icon is None and chart.assurance_icon is None
    assert chart.points[0].upper_limit is None
    assert "13" in chart.points[0].reasons[0]
    assert chart.summary.startswith(f"Too few points for process limits ({n} of the 13")


def test_13_points_are_enough():
    chart = xmr(STABLE[:13])
    assert chart.has_limits and chart.variation_icon is VariationIcon.COMMON_CAUSE


@pytest.mark.parametrize(("bad", "shown"), [
    (None, "missing (None)"), (math.nan, "nan"), (math.inf, "inf"), ("7", "not a number"),
    (True, "not a number"), (Decimal("NaN"), "NaN"),
])
def test_gaps_and_non_numbers_are_refused(bad, shown):
    values = list(STABLE)
    values[3] = bad
    with pytest.raises(SpcInputError, match=r"position 3 \(point 4\)") as error:
        xmr(values)
    assert shown in str(error.value)


def test_decimals_and_fractions_are_numbers():
    chart = xmr([Decimal(v) for v in STABLE[:-1]] + [Fraction(1, 2)])
    assert chart.values[-1] == 0.5


@pytest.mark.parametrize(("options", "message"), [
    ({"direction": "sideways"}, "direction must be up, down or neither"),
    ({"run_length": 8}, "run_length must be 6 or 7"),
    ({"run_length": True}, "run_length must be 6 or 7"),
    ({"target": math.nan}, "target must be a finite number"),
    ({"target": "40"}, "target must be a finite number"),
    ({"baseline": 1}, "baseline must be a whole number of points, at least 2"),
    ({"baseline": 4.5}, "baseline must be a whole number"),
    ({"recalculate_at": [0]}, "recalculate_at 0 is not a point inside the series"),
    ({"recalculate_at": [15]}, "not a point inside the series: use 1 to 14"),
    ({"recalculate_at": [9, 5]}, "must increase without repeats"),
    ({"recalculate_at": [14]}, r"section starting at position 14 \(point 15\) has 1 point"),
])
def test_bad_settings_are_refused(options, message):
    with pytest.raises(SpcInputError, match=message):
        xmr(STABLE, **options)


def test_empty_and_string_series_are_refused():
    with pytest.raises(SpcInputError, match="no values"):
        xmr([])
    with pytest.raises(SpcInputError, match="not a string"):
        xmr("123")


def test_direction_accepts_the_enum():
    assert xmr(STABLE, direction=Direction.DOWN).direction is Direction.DOWN


def test_a_baseline_longer_than_the_series_uses_every_point():
    chart = xmr(STABLE, baseline=40)
    assert chart.means[0] == xmr(STABLE).means[0]
    assert "longer than the series" in chart.notes[0]


def test_a_baseline_ignores_recalculations_and_says_so():
    chart = xmr(STABLE * 2, baseline=15, recalculate_at=[20])
    assert len(chart.sections) == 1 and chart.sections[0].basis_stop == 15
    assert chart.notes == ("Recalculations are ignored because a baseline is set (as MDC's "
                           "tool).",)


def test_short_sections_are_allowed_with_a_note():
    chart = xmr(STABLE * 2, recalculate_at=[25])
    assert [s.stop - s.start for s in chart.sections] == [25, 5]
    assert chart.notes == ("The section starting at point 26 has only 5 points; at least 13 are "
                           "advised.",)


def test_points_match_the_columns_and_are_frozen():
    chart = xmr(STABLE, target=40)
    point = chart.points[4]
    assert point == Point(4, 34.0, chart.means[4], chart.lower_limits[4], chart.upper_limits[4],
                          chart.lower_two_sigma[4], chart.upper_two_sigma[4],
                          Signal.COMMON_CAUSE, Colour.GREY, Rule(0), chart.reasons[4], 0)
    assert chart.latest is chart.points[-1]
    assert len(chart) == len(chart.points) == 15
    with pytest.raises(AttributeError):  # a point cannot be changed
        point.value = 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        chart.summary = ""


def test_every_point_has_a_reason():
    chart = xmr(STABLE + [60, 3])
    assert all(p.reasons for p in chart.points)


@pytest.mark.parametrize(("direction", "target", "icon", "words"), [
    ("up", 10, AssuranceIcon.PASSING, "below the lower process limit, so it will consistently "
                                      "be met"),
    ("up", 50, AssuranceIcon.FAILING, "above the upper process limit, so it will consistently "
                                      "be missed"),
    ("down", 50, AssuranceIcon.PASSING, "above the upper process limit, so it will "
                                        "consistently be met"),
    ("down", 10, AssuranceIcon.FAILING, "below the lower process limit"),
    ("up", 27, AssuranceIcon.HIT_AND_MISS, "within the process limits, so it will be hit and "
                                           "missed at random"),
])
def test_assurance_and_summary(direction, target, icon, words):
    chart = xmr(STABLE, direction=direction, target=target)
    assert chart.assurance_icon is icon
    assert chart.summary.startswith("Latest point: common cause variation. ")
    assert words in chart.summary
    assert "\n" not in chart.summary


def test_icons_have_plain_labels():
    assert VariationIcon.IMPROVEMENT_HIGH.label == "Special cause improvement – high"
    assert AssuranceIcon.PASSING.label == "Consistently passing the target"
    assert all(icon.label for icon in VariationIcon) and all(i.label for i in AssuranceIcon)
    assert Colour.PURPLE.hex == "#490092"


def test_neither_direction_icon_follows_the_side_of_the_signal():
    assert xmr(STABLE + [3], direction="neither").variation_icon is VariationIcon.NEITHER_LOW
    assert xmr(STABLE + [60], direction="neither").variation_icon is VariationIcon.NEITHER_HIGH


def test_the_engine_does_not_import_django():
    code = ("import sys, trellis.spc; "
            "sys.exit(any(m.split('.')[0] == 'django' for m in sys.modules))")
    root = Path(__file__).parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0
