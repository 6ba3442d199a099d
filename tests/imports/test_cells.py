"""Reading one cell: dates the UK way or ISO, named months and quarters, and numbers."""

import datetime

import pytest

from trellis.imports.cells import CellError, Day, read_date, read_number, read_text, shown

D = datetime.date


@pytest.mark.parametrize(("cell", "expected"), [
    ("31/03/2026", Day(D(2026, 3, 31))),
    ("1/3/2026", Day(D(2026, 3, 1))),
    ("01-03-2026", Day(D(2026, 3, 1))),
    ("01.03.2026", Day(D(2026, 3, 1))),
    (" 03/04/2026 ", Day(D(2026, 4, 3))),  # UK: the 3rd of April
    ("29/02/2024", Day(D(2024, 2, 29))),
    ("2026-03-31", Day(D(2026, 3, 31))),
    ("2026-3-1", Day(D(2026, 3, 1))),
    ("2026/03/31", Day(D(2026, 3, 31))),
    ("2026-03-31 00:00:00", Day(D(2026, 3, 31))),
    ("2026-03-31T09:30:00", Day(D(2026, 3, 31))),
    ("2026-03", Day(D(2026, 3, 1), "month")),
    ("Mar 2026", Day(D(2026, 3, 1), "month")),
    ("March 2026", Day(D(2026, 3, 1), "month")),
    ("march-2026", Day(D(2026, 3, 1), "month")),
    ("Sept 2025", Day(D(2025, 9, 1), "month")),
    ("1 March 2026", Day(D(2026, 3, 1))),
    ("15th Mar 2026", Day(D(2026, 3, 15))),
    ("01-Mar-2026", Day(D(2026, 3, 1))),
    ("Q1 2026", Day(D(2026, 1, 1), "quarter")),
    ("2026 Q3", Day(D(2026, 7, 1), "quarter")),
    ("q4-2025", Day(D(2025, 10, 1), "quarter")),
    (D(2026, 3, 31), Day(D(2026, 3, 31))),
    (datetime.datetime(2026, 3, 31, 0, 0), Day(D(2026, 3, 31))),
])
def test_dates_people_write_are_read(cell, expected):
    assert read_date(cell) == expected


@pytest.mark.parametrize(("cell", "message"), [
    ("31/02/2026", "is not a real date: February 2026 has 28 days"),
    ("29/02/2025", "February 2025 has 28 days"),
    ("31/04/2026", "April 2026 has 30 days"),
    ("2026-02-30", "February 2026 has 28 days"),
    ("2026-13-01", "there is no month 13"),
    ("03/04/26", "has a two-digit year"),
    ("Mar-26", "has a two-digit year"),
    ("12/31/2026", "is not a UK date (day/month/year): there is no month 31. If you meant "
                   "31 December 2026, write 31/12/2026"),
    ("31/31/2026", "there is no month 31"),
    ("1/2/20261", "write it as day/month/year"),
    ("Smarch 2026", "\u2018smarch\u2019 is not the name of a month"),
    ("next Tuesday", "is not a date"),
    ("01/01/1850", "the year must be between 1900 and 2100"),
    ("", "is not a date"),
    (46000, "is a number, not a date"),
    (46000.0, "is a number, not a date"),
    (True, "is a number, not a date"),
])
def test_impossible_or_ambiguous_dates_are_refused_not_guessed(cell, message):
    with pytest.raises(CellError) as refused:
        read_date(cell)
    assert message in refused.value.message


def test_a_refused_date_is_quoted_as_typed():
    with pytest.raises(CellError) as refused:
        read_date("31/02/2026")
    assert refused.value.message.startswith("\u201831/02/2026\u2019")


@pytest.mark.parametrize(("cell", "expected"), [
    ("12", 12.0), (" 12.5 ", 12.5), ("-3", -3.0), ("+4", 4.0), ("1,234", 1234.0),
    ("1,234,567.5", 1234567.5), ("1e3", 1000.0), (".5", 0.5), (7, 7.0), (2.25, 2.25),
])
def test_numbers_are_read(cell, expected):
    assert read_number(cell) == expected


@pytest.mark.parametrize(("cell", "message"), [
    ("twelve", "\u2018twelve\u2019 is not a number"),
    ("=SUM(A1:A4)", "is a formula, not a number: Trellis does not work out formulas"),
    ("12%", "leave out the % sign"),
    ("nan", "is not a number"),
    ("inf", "is not a number"),
    ("1_000", "is not a number"),
    ("12,34", "is not a number"),
    ("\u0661\u0662", "is not a number"),
    ("1e400", "too large a number"),
    (1e13, "too large a number"),
    (float("nan"), "too large a number"),
    (True, "is not a number"),
    (D(2026, 3, 1), "is a date or time, not a number"),
])
def test_what_is_not_a_number_is_refused(cell, message):
    with pytest.raises(CellError) as refused:
        read_number(cell)
    assert message in refused.value.message


def test_cells_become_text_without_spreadsheet_artefacts():
    assert read_text(None) == ""
    assert read_text("  late return ") == "late return"
    assert read_text(12.0) == "12"
    assert read_text(datetime.datetime(2026, 3, 1)) == "2026-03-01"


def test_long_cells_are_shortened_when_quoted():
    assert shown("x" * 100) == "\u2018" + "x" * 39 + "\u2026\u2019"
    assert shown("a\n  b") == "\u2018a b\u2019"
