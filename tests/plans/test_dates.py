from datetime import date

import pytest

from trellis.plans.dates import DateProblem, months_before, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("27/03/2026", date(2026, 3, 27)),
    ("7/3/2026", date(2026, 3, 7)),
    (" 2026-03-27 ", date(2026, 3, 27)),
    ("2026-3-7", date(2026, 3, 7)),
])
def test_both_ways_of_writing_a_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("", "Enter a date"),
    ("next tuesday", "Enter a date like 27/03/2026 or 2026-03-27"),
    ("03/27/2026", "03/27/2026 is not a real date. Enter a date like 27/03/2026 or 2026-03-27"),
    ("2026-02-30", "2026-02-30 is not a real date. Enter a date like 27/03/2026 or "
                   "2026-03-27"),
    ("27/03/26", "Enter a date like 27/03/2026 or 2026-03-27"),
])
def test_what_is_refused_and_why(text, message):
    with pytest.raises(DateProblem) as problem:
        parse_date(text)
    assert str(problem.value) == message


def test_six_months_before():
    assert months_before(date(2026, 11, 26), 6) == date(2026, 5, 26)
    assert months_before(date(2026, 3, 15), 6) == date(2025, 9, 15)
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2024, 8, 31), 6) == date(2024, 2, 29)
