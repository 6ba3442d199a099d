"""Each special-cause rule on constructed series.

BASE zigzags 12, 10, ... (mean 11, every moving range 2): with it as the baseline the lines
are fixed whatever follows: limits 11 ± 5.32 (5.68 to 16.32), two-sigma lines 11 ± 3.547
(7.45 to 14.55). It ends below the mean, so a run above starts with the appended points.
"""

import pytest

from trellis.spc import Colour, Rule, Signal, xmr

BASE = [12, 10] * 10


def tail(values, *, run_length=6, direction="up"):
    chart = xmr(BASE + values, baseline=len(BASE), run_length=run_length, direction=direction)
    assert all(r == Rule(0) for r in chart.rules[: len(BASE) - 1])
    return chart.points[len(BASE):]


def test_the_base_lines():
    chart = xmr(BASE)
    assert chart.means[0] == 11
    assert chart.sections[0].mean_moving_range == 2
    assert chart.upper_limits[0] == pytest.approx(16.32)
    assert chart.lower_limits[0] == pytest.approx(5.68)
    assert chart.upper_two_sigma[0] == pytest.approx(11 + 2 * 2.66 * 2 / 3)
    assert set(chart.signals) == {Signal.COMMON_CAUSE}


@pytest.mark.parametrize(("value", "rule", "reason"), [
    (17, Rule.ABOVE_UPPER_LIMIT, "beyond the upper process limit"),
    (5, Rule.BELOW_LOWER_LIMIT, "beyond the lower process limit"),
])
def test_a_point_beyond_a_limit(value, rule, reason):
    (point,) = tail([value])
    assert point.rules == rule
    assert point.reasons == (reason,)


@pytest.mark.parametrize(("direction", "high", "low"), [
    ("up", Signal.IMPROVEMENT, Signal.CONCERN),
    ("down", Signal.CONCERN, Signal.IMPROVEMENT),
    ("neither", Signal.NEITHER, Signal.NEITHER),
])
def test_improvement_or_concern_by_direction(direction, high, low):
    above, _, below = tail([17, 11, 5], direction=direction)
    assert (above.signal, below.signal) == (high, low)
    colour = {Signal.IMPROVEMENT: Colour.BLUE, Signal.CONCERN: Colour.ORANGE,
              Signal.NEITHER: Colour.PURPLE}
    assert (above.colour, below.colour) == (colour[high], colour[low])


SHIFT_6 = [12, 13, 12, 13, 12, 13]


def test_a_run_of_6_above_the_mean():
    points = tail(SHIFT_6 + [10])
    assert all(p.rules == Rule.RUN_ABOVE_MEAN for p in points[:6])
    assert points[0].reasons == ("part of a 6-point run above the mean",)
    assert points[0].signal is Signal.IMPROVEMENT
    assert points[6].signal is Signal.COMMON_CAUSE


def test_run_length_7_needs_a_seventh_point():
    assert not any(p.special_cause for p in tail(SHIFT_6 + [10], run_length=7))
    points = tail(SHIFT_6 + [12, 10], run_length=7)
    assert [p.special_cause for p in points] == [True] * 7 + [False]
    assert points[0].reasons == ("part of a 7-point run above the mean",)


def test_a_longer_run_says_how_long():
    # the last point of BASE (10) starts the run below the mean: 9 points
    points = tail([10, 9, 10, 9, 10, 9, 10, 9, 12], direction="up")
    assert points[0].reasons == ("part of a 9-point run below the mean",)
    assert points[0].signal is Signal.CONCERN


def test_a_point_on_the_mean_breaks_a_run():
    assert not any(p.special_cause for p in tail([12, 13, 12, 11, 13, 12, 13, 10]))


RISING_6 = [8, 9, 10, 12, 13, 14]


def test_a_rising_trend_of_6_crossing_the_mean():
    points = tail(RISING_6 + [10])
    assert [p.rules for p in points] == [Rule.RISING_TREND] * 6 + [Rule(0)]
    assert points[0].reasons == ("part of a 6-point rising trend",)
    assert points[0].value < 11 < points[5].value
    assert points[0].signal is Signal.IMPROVEMENT


def test_trend_run_length_7():
    assert not any(p.special_cause for p in tail(RISING_6 + [10], run_length=7))
    points = tail([8, 9, 10, 11.5, 12, 13, 14, 10], run_length=7)
    assert [p.rules for p in points] == [Rule.RISING_TREND] * 7 + [Rule(0)]
    assert points[0].reasons == ("part of a 7-point rising trend",)


def test_an_equal_value_breaks_a_trend():
    assert not any(p.special_cause for p in tail([8, 9, 10, 10, 12, 13, 14, 10]))


def test_a_falling_trend_is_concern_when_high_is_good():
    points = tail([14, 13, 12, 10, 9, 8, 12])
    assert [p.signal for p in points[:6]] == [Signal.CONCERN] * 6
    assert points[0].reasons == ("part of a 6-point falling trend",)


def test_two_of_three_beyond_the_upper_two_sigma_line():
    points = tail([15, 11.5, 15, 10])
    assert [p.rules for p in points] == [Rule.TWO_SIGMA_HIGH, Rule(0), Rule.TWO_SIGMA_HIGH,
                                         Rule(0)]
    assert points[0].reasons == ("2 of 3 points beyond the upper two-sigma line",)


def test_two_of_three_below_the_lower_two_sigma_line():
    points = tail([7, 10, 7, 12])
    assert [p.rules for p in points] == [Rule.TWO_SIGMA_LOW, Rule(0), Rule.TWO_SIGMA_LOW,
                                         Rule(0)]
    assert points[0].signal is Signal.CONCERN


def test_two_sigma_needs_all_three_on_the_same_side():
    assert not any(p.special_cause for p in tail([15, 10, 15, 10]))


def test_two_sigma_ignores_a_point_beyond_the_limit():
    points = tail([17, 15, 12, 10])
    assert [p.rules for p in points] == [Rule.ABOVE_UPPER_LIMIT, Rule(0), Rule(0), Rule(0)]


def test_a_conflict_shows_improvement_whichever_the_direction():
    for direction in ("up", "down"):
        first = tail([17, 14, 13, 12, 10, 9, 12], direction=direction)[0]
        assert first.rules == Rule.ABOVE_UPPER_LIMIT | Rule.FALLING_TREND
        assert first.signal is Signal.IMPROVEMENT
        assert "improvement is shown" in first.reasons[-1]


# Screening: two spikes (40 and -18, so the mean stays 11) make 4 moving ranges of 30 among
# 37 of 2, 6 of 4 and 3 of 6: the mean moving range is 232 / 49 = 4.73 and 3.267 times that
# (15.5) screens out the four 30s, leaving 112 / 45 = 2.49. The narrower lines make the
# pattern 16, 12, 16 (and 6, 10, 6) two-sigma signals.
SPIKY = ([12, 10] * 8 + [40] + [10, 12] * 8 + [-18] + [12, 10] * 4
         + [16, 12, 16, 10, 6, 10, 6, 12])


def test_screening_off_keeps_every_moving_range():
    chart = xmr(SPIKY)
    section = chart.sections[0]
    assert section.moving_ranges_excluded == 0
    assert section.mean_moving_range == pytest.approx(232 / 49)
    assert [p.value for p in chart.points if p.special_cause] == [40, -18]


def test_screening_on_leaves_out_outlying_moving_ranges_and_narrows_the_limits():
    off, on = xmr(SPIKY), xmr(SPIKY, screen_outliers=True)
    assert on.sections[0].moving_ranges_excluded == 4
    assert on.sections[0].mean_moving_range == pytest.approx(112 / 45)
    assert on.upper_limits[0] == pytest.approx(11 + 2.66 * 112 / 45)
    assert on.means[0] == off.means[0] == 11
    assert on.upper_limits[0] < off.upper_limits[0]
    assert [p.value for p in on.points if p.special_cause] == [40, -18, 16, 16, 6, 6]
    assert on.points[-8].rules == Rule.TWO_SIGMA_HIGH
    assert on.points[-4].rules == Rule.TWO_SIGMA_LOW


def test_screening_a_series_with_no_variation_changes_nothing():
    chart = xmr([5] * 15, screen_outliers=True)
    assert chart.sections[0].mean_moving_range == 0
    assert chart.sections[0].moving_ranges_excluded == 0


def test_rules_look_across_a_recalculation_but_limits_do_not():
    values = [12, 10] * 8 + [20, 21, 20, 21, 20, 21] * 3
    chart = xmr(values, recalculate_at=[16])
    assert [s.mean for s in chart.sections] == [11, 20.5]
    assert chart.section_of[15] == 0 and chart.section_of[16] == 1
    # 10 -> 20 -> 21 would be a rising trend only of 3; nothing beyond the new limits
    assert not any(chart.points[k].special_cause for k in range(16, 34))


def test_reasons_use_an_before_8_11_and_18():
    points = tail([10, 9, 10, 9, 10, 9, 10, 12])
    assert points[0].reasons == ("part of an 8-point run below the mean",)
    points = tail([10, 9] * 5 + [12])
    assert points[0].reasons == ("part of an 11-point run below the mean",)
