"""Summaries, distributions and the small-number rule."""

import statistics as stdlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trellis.surveys.instruments import get_instrument
from trellis.surveys.statistics import (
    Summary,
    distribution,
    distribution_from_counts,
    fewer_than,
    reportable,
    summarise,
    summarise_counts,
    summarise_scores,
)


@pytest.mark.parametrize(("n", "shown"), [(0, False), (4, False), (5, True), (6, True)])
def test_small_number_rule_at_the_default_minimum_of_five(n, shown):
    assert reportable(n, 5) is shown
    assert reportable(n) is shown


def test_small_number_rule_follows_the_organisation_setting():
    assert not reportable(9, 10)
    assert reportable(10, 10)
    assert reportable(1, 1)
    # Nothing is ever shown from no responses, even with a minimum of 0.
    assert not reportable(0, 0)
    assert fewer_than(5) == "Fewer than 5 responses"
    assert fewer_than(1) == "Fewer than 1 response"


def test_summary_of_hand_worked_scores():
    # Sorted: 2.0, 3.0, 3.5, 4.0, 4.5, 5.0 (n = 6)
    # Mean 22 / 6. Median at position 2.5: 3.5 + 0.5 * (4.0 - 3.5) = 3.75.
    # Lower quartile at 1.25: 3.0 + 0.25 * 0.5 = 3.125.
    # Upper quartile at 3.75: 4.0 + 0.75 * 0.5 = 4.375.
    result = summarise([4.5, 2.0, None, 3.5, 5.0, 3.0, 4.0])
    assert result == Summary(n=6, mean=pytest.approx(22 / 6), median=3.75,
                             lower_quartile=3.125, upper_quartile=4.375, minimum=2.0,
                             maximum=5.0)
    assert result.interquartile_range == 1.25


def test_summary_of_odd_count_and_of_one_value():
    # 1, 2, 3, 4, 5: quartiles at positions 1 and 3 exactly.
    assert summarise([5, 1, 4, 2, 3]) == Summary(5, 3.0, 3, 2, 4, 1, 5)
    assert summarise([4.25]) == Summary(1, 4.25, 4.25, 4.25, 4.25, 4.25, 4.25)


def test_summary_of_nothing():
    empty = summarise([None, None])
    assert empty == Summary(0)
    assert empty.mean is None and empty.interquartile_range is None


def test_summary_from_aggregated_counts_matches_the_values():
    # Ten respondents: 3.0 x2, 3.5 x3, 4.25 x4, 5.0 x1, as a GROUP BY would give them.
    rows = [(4.25, 4), (3.0, 2), (5.0, 1), (3.5, 3), (None, 7), (2.0, 0)]
    values = [3.0] * 2 + [3.5] * 3 + [4.25] * 4 + [5.0]
    assert summarise_counts(rows) == summarise(values)
    assert summarise_counts(dict(rows)) == summarise(values)
    # Sorted positions 0-9: median at 4.5 between 3.5 (index 4) and 4.25 (index 5).
    assert summarise_counts(rows).median == pytest.approx(3.875)
    # Duplicated rows for one value are added together.
    assert summarise_counts([(3.0, 1), (3.0, 1)]).n == 2


@pytest.mark.parametrize("rows", [[(3.0, -1)], [(3.0, 1.5)], [("x", 1)], [(float("nan"), 1)]])
def test_bad_counts_are_refused(rows):
    with pytest.raises(ValueError):
        summarise_counts(rows)


@given(st.lists(st.integers(min_value=4, max_value=20).map(lambda x: x / 4), min_size=2,
                max_size=60))
def test_quartiles_are_linear_interpolation_between_closest_ranks(values):
    result = summarise(values)
    lower, median, upper = stdlib.quantiles(values, n=4, method="inclusive")
    assert result.lower_quartile == pytest.approx(lower)
    assert result.median == pytest.approx(median)
    assert result.upper_quartile == pytest.approx(upper)
    assert result.mean == pytest.approx(stdlib.fmean(values))
    assert (result.minimum, result.maximum) == (min(values), max(values))


def test_summaries_per_score_over_many_respondents():
    respondents = [
        {"total": 4.0, "change-commitment": 4.6, "change-efficacy": 3.0},
        {"total": 3.0, "change-commitment": None, "change-efficacy": 3.5},
        {"total": None, "change-commitment": 4.0, "change-efficacy": None},
    ]
    result = summarise_scores(respondents, get_instrument("oric").score_keys)
    assert result["total"].n == 2 and result["total"].mean == 3.5
    assert result["change-commitment"].n == 2 and result["change-commitment"].mean == 4.3
    assert result["change-efficacy"].median == 3.25


def test_distribution_of_one_item_over_the_scale():
    aim = get_instrument("aim")
    # 7 answered: 1 x1, 4 x3, 5 x3, and two skipped.
    result = distribution([4, 5, None, 1, 4, 5, 4, None, 5], aim.scale)
    assert result.answered == 7 and result.skipped == 2
    assert [(b.value, b.label, b.count) for b in result.bands] == [
        (1, "Completely disagree", 1), (2, "Disagree", 0), (3, "Neither agree nor disagree", 0),
        (4, "Agree", 3), (5, "Completely agree", 3)]
    assert [round(b.percent, 2) for b in result.bands] == [14.29, 0, 0, 42.86, 42.86]
    # 14.29 + 42.86 + 42.86 rounds down to 14 + 42 + 42 = 98; the two largest
    # remainders (0.86 each) get the missing points so the bar adds up to 100.
    assert [b.rounded for b in result.bands] == [14, 0, 0, 43, 43]
    assert sum(b.rounded for b in result.bands) == 100
    assert [b.value for b in result.most_common] == [4, 5]


def test_distribution_from_counts_and_with_no_answers():
    result = distribution_from_counts({2: 1, 3: 2}, [1, 2, 3, 4, 5], skipped=1)
    assert [b.count for b in result.bands] == [0, 1, 2, 0, 0]
    assert [b.rounded for b in result.bands] == [0, 33, 67, 0, 0]
    assert [b.label for b in result.bands] == ["1", "2", "3", "4", "5"]
    nobody = distribution([None, None], [1, 2, 3, 4, 5])
    assert nobody.answered == 0 and nobody.skipped == 2
    assert [b.percent for b in nobody.bands] == [0.0] * 5
    assert nobody.most_common == ()


@given(st.lists(st.integers(min_value=0, max_value=500), min_size=5, max_size=5))
def test_rounded_shares_always_add_up_to_100(counts):
    result = distribution_from_counts(dict(enumerate(counts, 1)), [1, 2, 3, 4, 5])
    total = sum(b.rounded for b in result.bands)
    assert total == (100 if sum(counts) else 0)
    for band in result.bands:
        assert abs(band.rounded - band.percent) < 1


def test_distribution_refuses_answers_off_the_scale():
    with pytest.raises(ValueError, match="6 is not on the scale"):
        distribution([1, 6], get_instrument("aim").scale)
    with pytest.raises(ValueError, match="whole number"):
        distribution_from_counts({1: -2}, [1, 2, 3, 4, 5])
    with pytest.raises(ValueError, match="distinct"):
        distribution_from_counts({}, [1, 1, 2])
