"""When a special-cause concern began: the start of the unbroken stretch of concern
points that ends with the latest point."""

from datetime import date

from trellis.monitoring.status import concern_since
from trellis.spc import xmr

PERIODS = tuple(date(2025 + (i // 12), i % 12 + 1, 1) for i in range(20))
STEADY = [10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 11, 10]


def test_a_run_below_the_mean_that_is_still_going():
    chart = xmr(STEADY + [8] * 8, direction="up")
    assert concern_since(chart, PERIODS) == PERIODS[12]


def test_no_concern_at_the_latest_point():
    chart = xmr(STEADY + [8] * 7 + [11], direction="up")
    assert concern_since(chart, PERIODS) is None


def test_the_same_run_is_an_improvement_when_lower_is_better():
    chart = xmr(STEADY + [8] * 8, direction="down")
    assert concern_since(chart, PERIODS) is None


def test_no_chart_no_concern():
    assert concern_since(None, ()) is None
