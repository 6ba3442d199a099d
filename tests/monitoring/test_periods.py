"""Reporting periods: where each starts, what people call it, and when data is overdue."""

from datetime import date

import pytest

from trellis.monitoring.periods import (
    latest_due,
    next_period,
    period_label,
    period_start,
    periods_missing,
    previous_period,
    short_label,
)


@pytest.mark.parametrize(("day", "frequency", "start"), [
    (date(2026, 3, 4), "weekly", date(2026, 3, 2)),       # a Wednesday → its Monday
    (date(2026, 3, 2), "weekly", date(2026, 3, 2)),
    (date(2026, 3, 1), "weekly", date(2026, 2, 23)),      # a Sunday belongs to the week before
    (date(2026, 3, 31), "monthly", date(2026, 3, 1)),
    (date(2026, 3, 31), "quarterly", date(2026, 1, 1)),
    (date(2026, 4, 1), "quarterly", date(2026, 4, 1)),
    (date(2026, 12, 31), "quarterly", date(2026, 10, 1)),
])
def test_each_day_belongs_to_one_period(day, frequency, start):
    assert period_start(day, frequency) == start


@pytest.mark.parametrize(("start", "frequency", "following"), [
    (date(2026, 12, 28), "weekly", date(2027, 1, 4)),
    (date(2026, 12, 1), "monthly", date(2027, 1, 1)),
    (date(2026, 10, 1), "quarterly", date(2027, 1, 1)),
    (date(2026, 1, 15), "monthly", date(2026, 2, 1)),
])
def test_next_period_crosses_year_ends(start, frequency, following):
    assert next_period(start, frequency) == following
    assert previous_period(following, frequency) == period_start(start, frequency)


def test_periods_are_named_as_people_say_them():
    assert period_label(date(2026, 3, 2), "weekly") == "Week of 2 March 2026"
    assert period_label(date(2026, 3, 1), "monthly") == "March 2026"
    assert period_label(date(2026, 10, 1), "quarterly") == "Oct to Dec 2026"
    assert short_label(date(2026, 3, 2), "weekly") == "2 Mar 26"
    assert short_label(date(2026, 7, 1), "quarterly") == "Q3 2026"


def test_a_day_inside_a_period_is_named_by_its_period():
    assert period_label(date(2026, 11, 26), "quarterly") == "Oct to Dec 2026"
    assert period_label(date(2026, 11, 26), "weekly") == "Week of 23 November 2026"


def test_a_months_figure_is_due_once_the_month_is_over():
    assert latest_due(date(2026, 11, 26), "monthly") == date(2026, 10, 1)
    assert periods_missing(date(2026, 10, 1), date(2026, 11, 26), "monthly") == 0
    assert periods_missing(date(2026, 9, 1), date(2026, 11, 26), "monthly") == 1
    assert periods_missing(date(2026, 5, 1), date(2026, 11, 26), "monthly") == 5


def test_weekly_and_quarterly_overdue_counts():
    # Thursday 26 November 2026: the week of 16 November is the latest that is over.
    assert periods_missing(date(2026, 11, 16), date(2026, 11, 26), "weekly") == 0
    assert periods_missing(date(2026, 11, 2), date(2026, 11, 26), "weekly") == 2
    assert periods_missing(date(2026, 7, 1), date(2026, 11, 26), "quarterly") == 0
    assert periods_missing(date(2026, 1, 1), date(2026, 11, 26), "quarterly") == 2


def test_no_data_is_not_counted_as_overdue():
    assert periods_missing(None, date(2026, 11, 26), "monthly") == 0


def test_an_unknown_frequency_is_refused():
    with pytest.raises(ValueError):
        period_start(date(2026, 1, 1), "fortnightly")
