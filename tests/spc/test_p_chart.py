"""p-charts: proportions with varying denominators, each point with its own limits."""

from math import sqrt

import pytest

from trellis.spc import AssuranceIcon, ChartKind, Rule, Signal, SpcInputError, p_chart

# 15 months: about 20% of cases, with denominators from 50 to 400.
DENOMINATORS = [100, 120, 80, 400, 90, 110, 100, 95, 105, 50, 300, 100, 100, 120, 100]
NUMERATORS = [20, 25, 15, 82, 18, 21, 22, 18, 20, 11, 60, 19, 21, 23, 20]


def test_limits_are_per_point_from_the_pooled_proportion():
    chart = p_chart(NUMERATORS, DENOMINATORS)
    assert chart.kind is ChartKind.P
    p = sum(NUMERATORS) / sum(DENOMINATORS)
    assert chart.means[0] == pytest.approx(p)
    for k in (0, 3, 9):
        sigma = sqrt(p * (1 - p) / DENOMINATORS[k])
        assert chart.upper_limits[k] == pytest.approx(p + 3 * sigma)
        assert chart.lower_limits[k] == pytest.approx(p - 3 * sigma)
        assert chart.upper_two_sigma[k] == pytest.approx(p + 2 * sigma)
    assert chart.upper_limits[3] < chart.upper_limits[0] < chart.upper_limits[9]
    assert chart.values[3] == 82 / 400
    point = chart.points[3]
    assert (point.numerator, point.denominator) == (82, 400)
    assert set(chart.signals) == {Signal.COMMON_CAUSE}


def test_a_point_is_judged_against_its_own_limits():
    # 30% of 1,000 is far beyond its narrow limits; 35% of 20 is within its wide ones
    chart = p_chart(NUMERATORS + [300, 7], DENOMINATORS + [1000, 20])
    big, small = chart.points[-2:]
    assert big.rules & Rule.ABOVE_UPPER_LIMIT and big.signal is Signal.IMPROVEMENT
    assert small.value > big.value and not small.special_cause


def test_limits_stay_between_0_and_1():
    chart = p_chart([0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0], [5] * 13)
    assert min(chart.lower_limits) == 0 and max(chart.upper_limits) <= 1
    assert not any(p.special_cause for p in chart.points)


def test_the_same_rules_apply():
    nums = [20, 22, 18, 21, 19, 20, 23, 17, 20, 21, 19, 20, 25, 26, 25, 27, 26, 25]
    chart = p_chart(nums, [100] * 18, direction="down", run_length=6, baseline=12)
    assert [p.signal for p in chart.points[12:]] == [Signal.CONCERN] * 6
    assert "part of a 6-point run above the mean" in chart.points[12].reasons
    assert not p_chart(nums, [100] * 18, baseline=12, run_length=7).points[12].special_cause


def test_recalculation_and_assurance():
    chart = p_chart(NUMERATORS * 2, [d * 2 for d in DENOMINATORS] * 2, recalculate_at=[15],
                    target=0.5, direction="down")
    assert len(chart.sections) == 2
    assert chart.assurance_icon is AssuranceIcon.PASSING
    assert "target of 0.5 is above the upper process limit" in chart.summary


def test_fewer_than_13_points_give_the_mean_only():
    chart = p_chart(NUMERATORS[:12], DENOMINATORS[:12])
    assert chart.upper_limits is None and chart.variation_icon is None


@pytest.mark.parametrize(("nums", "dens", "message"), [
    ([1, 2], [10], "2 numerators but 1 denominators"),
    ([1, 2], [10, 0], r"denominator at position 1 \(point 2\) is 0"),
    ([1, 12], [10, 10], r"numerator at position 1 \(point 2\) is 12"),
    ([-1, 2], [10, 10], "numerator at position 0"),
    ([1, None], [10, 10], "numerator at position 1 .* missing"),
])
def test_bad_counts_are_refused(nums, dens, message):
    with pytest.raises(SpcInputError, match=message):
        p_chart(nums, dens)
