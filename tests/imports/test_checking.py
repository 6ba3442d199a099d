"""Every checking rule, on plain rows: each problem names its row and column, and
only rows without problems become figures."""

import datetime

import pytest

from trellis.imports.checking import ERROR, NOTE, Checker, MeasureInfo, Problem
from trellis.imports.columns import column_letter
from trellis.imports.reading import RowsUnreadable

D = datetime.date
TODAY = D(2026, 4, 15)
REFERRALS = MeasureInfo(1, "Referrals", "count", "monthly")
CONVERSION = MeasureInfo(2, "Referrals converted", "proportion", "monthly")
SCORE = MeasureInfo(3, "Wellbeing score change", "average", "quarterly")
VISITS = MeasureInfo(4, "Home visits", "count", "weekly")
FIDELITY = MeasureInfo(5, "Private family time offered", "proportion", "monthly", "fidelity")
MEASURES = (REFERRALS, CONVERSION, SCORE, VISITS, FIDELITY)
HEADER = ["measure", "period", "value", "numerator", "denominator", "note"]


def check(*rows, header=HEADER, existing=None, replace=False, measures=MEASURES, **options):
    problems: list[Problem] = []
    existing = existing or {}
    checker = Checker(measures, today=TODAY, replace=replace,
                      existing=lambda pk: existing.get(pk, ()), report=problems.append,
                      **options)
    numbered = [(1, header), *((n, list(r)) for n, r in enumerate(rows, start=2))]
    figures = list(checker.figures(numbered))
    return figures, problems, checker


def errors(problems):
    return [(p.row, p.column, p.message) for p in problems if p.kind == ERROR]


def one_error(*rows, **options):
    figures, problems, _ = check(*rows, **options)
    found = errors(problems)
    assert len(found) == 1, found
    assert figures == []
    return found[0]


def test_good_rows_become_figures():
    figures, problems, checker = check(
        ["Referrals", "01/03/2026", "12", "", "", "late extract"],
        ["Referrals converted", "2026-03-01", "", "3", "4", ""],
        ["Wellbeing score change", "Q1 2026", "-0.5", "", "", ""],
        ["Home visits", "02/03/2026", "0", "", "", ""])
    assert problems == []
    assert [(f.measure_pk, f.period, f.value, f.numerator, f.denominator, f.note, f.replacing)
            for f in figures] == [
        (1, D(2026, 3, 1), 12.0, None, None, "late extract", False),
        (2, D(2026, 3, 1), 0.75, 3.0, 4.0, "", False),
        (3, D(2026, 1, 1), -0.5, None, None, "", False),
        (4, D(2026, 3, 2), 0.0, None, None, "", False),
    ]
    assert (checker.rows, checker.added, checker.replaced, checker.errors) == (4, 4, 0, 0)


def test_measures_are_matched_ignoring_case_and_spaces_at_either_end():
    figures, problems, _ = check(["  REFERRALS ", "01/03/2026", "1", "", "", ""],
                                 ["referrals", "01/02/2026", "1", "", "", ""])
    assert problems == []
    assert [f.measure_pk for f in figures] == [1, 1]


def test_an_unknown_measure_is_named_with_its_row_and_column():
    assert one_error(["Referals", "01/03/2026", "1", "", "", ""]) == (
        2, "A (measure)", "There is no measure called \u2018Referals\u2019 in this project. "
                          "Check the spelling, or add the measure first")


def test_a_measure_kept_by_trellis_cannot_be_imported():
    row, column, message = one_error(["Private family time offered", "01/03/2026", "", "1",
                                      "2", ""])
    assert column == "A (measure)"
    assert message == ("\u2018Private family time offered\u2019 is kept by Trellis from "
                       "fidelity checks: its figures cannot be imported")


@pytest.mark.parametrize(("row", "column", "message"), [
    (["", "01/03/2026", "1", "", "", ""], "A (measure)", "Enter the name of the measure"),
    (["Referrals", "", "1", "", "", ""], "B (period)", "Enter the period"),
    (["Referrals", "31/02/2026", "1", "", "", ""], "B (period)", "February 2026 has 28 days"),
    (["Referrals", "12/31/2025", "1", "", "", ""], "B (period)", "is not a UK date"),
    (["Referrals", "03/04/26", "1", "", "", ""], "B (period)", "two-digit year"),
    (["Referrals", "01/03/2026", "", "", "", ""], "C (value)",
     "Enter the value for \u2018Referrals\u2019"),
    (["Referrals", "01/03/2026", "lots", "", "", ""], "C (value)",
     "\u2018lots\u2019 is not a number"),
    (["Referrals", "01/03/2026", "=A1*2", "", "", ""], "C (value)", "is a formula"),
    (["Referrals", "01/03/2026", "-1", "", "", ""], "C (value)",
     "is negative: \u2018Referrals\u2019 is a count, which cannot be below 0"),
    (["Referrals", "01/03/2026", "4", "1", "", ""], "D (numerator)",
     "\u2018Referrals\u2019 is not a proportion: leave the numerator empty"),
    (["Referrals converted", "01/03/2026", "", "", "4", ""], "D (numerator)",
     "Enter the numerator"),
    (["Referrals converted", "01/03/2026", "", "3", "0", ""], "E (denominator)",
     "The denominator is 0"),
    (["Referrals converted", "01/03/2026", "", "5", "4", ""], "D (numerator)",
     "The numerator \u20185\u2019 is more than the denominator \u20184\u2019"),
    (["Referrals converted", "01/03/2026", "", "-1", "4", ""], "D (numerator)",
     "is negative"),
    (["Referrals converted", "01/03/2026", "", "1", "x", ""], "E (denominator)",
     "is not a number"),
    (["Referrals", "01/03/2026", "1", "", "", "n" * 501], "F (note)",
     "The note is 501 characters long: it must be 500 or fewer"),
    (["Referrals", "01/05/2026", "1", "", "", ""], "B (period)",
     "is in the future: figures can only be recorded for periods that have begun"),
    (["Home visits", "March 2026", "1", "", "", ""], "B (period)",
     "names a month, but \u2018Home visits\u2019 is recorded weekly"),
    (["Referrals", "Q1 2026", "1", "", "", ""], "B (period)",
     "names a quarter, but \u2018Referrals\u2019 is recorded monthly"),
])
def test_each_problem_names_row_column_and_what_is_wrong(row, column, message):
    found_row, found_column, found_message = one_error(row)
    assert (found_row, found_column) == (2, column)
    assert message in found_message


def test_negative_figures_are_fine_where_they_can_be():
    figures, problems, _ = check(["Wellbeing score change", "01/01/2026", "-2", "", "", ""])
    assert problems == [] and figures[0].value == -2


def test_the_current_period_may_be_recorded():
    figures, problems, _ = check(["Referrals", "01/04/2026", "3", "", "", ""])
    assert problems == [] and figures[0].period == D(2026, 4, 1)


def test_every_problem_in_a_row_is_reported():
    _, problems, checker = check(["Nobody", "31/02/2026", "x", "", "", ""])
    assert [column for _, column, _ in errors(problems)] == ["A (measure)", "B (period)",
                                                            "C (value)"]
    assert checker.errors == 3 and checker.rows == 1


def test_a_date_within_a_period_is_moved_to_its_start_with_a_note_not_an_error():
    figures, problems, checker = check(["Referrals", "15/03/2026", "1", "", "", ""],
                                       ["Home visits", "04/03/2026", "1", "", "", ""],
                                       ["Wellbeing score change", "Feb 2026", "1", "", "", ""])
    assert errors(problems) == []
    assert [f.period for f in figures] == [D(2026, 3, 1), D(2026, 3, 2), D(2026, 1, 1)]
    notes = [(p.row, p.column, p.message) for p in problems if p.kind == NOTE]
    assert notes == [
        (2, "B (period)", "\u201815/03/2026\u2019 is in the month starting 1 March 2026, so it "
                          "is recorded as March 2026"),
        (3, "B (period)", "\u201804/03/2026\u2019 is in the week starting 2 March 2026, so it "
                          "is recorded as Week of 2 March 2026"),
        (4, "B (period)", "\u2018Feb 2026\u2019 is in the quarter starting 1 January 2026, so "
                          "it is recorded as Jan to Mar 2026"),
    ]
    assert checker.notes == 3


def test_a_period_given_twice_for_a_measure_names_both_rows():
    figures, problems, _ = check(["Referrals", "01/03/2026", "1", "", "", ""],
                                 ["Referrals converted", "01/03/2026", "", "1", "2", ""],
                                 ["referrals", "20/03/2026", "2", "", "", ""])
    assert errors(problems) == [(4, "B (period)", "\u2018Referrals\u2019 has a figure for "
                                                  "March 2026 on row 2 and again on row 4: "
                                                  "give each period once")]
    assert len(figures) == 2  # the first of the two, and the other measure's


def test_a_period_that_already_has_a_figure_is_refused_unless_replacing_was_chosen():
    existing = {1: [D(2026, 2, 1)]}
    rows = (["Referrals", "01/02/2026", "5", "", "", ""],
            ["Referrals", "01/03/2026", "6", "", "", ""])
    figures, problems, checker = check(*rows, existing=existing)
    assert errors(problems) == [(2, "B (period)", "\u2018Referrals\u2019 already has a figure "
                                                  "for February 2026 in Trellis. To replace "
                                                  "it, choose to replace figures already "
                                                  "recorded")]
    assert checker.clashes == 1 and len(figures) == 1

    figures, problems, checker = check(*rows, existing=existing, replace=True)
    assert problems == []
    assert [f.replacing for f in figures] == [True, False]
    assert (checker.added, checker.replaced) == (1, 1)


def test_blank_rows_are_passed_over_and_not_counted():
    figures, problems, checker = check(["", "", "", "", "", ""], [" ", None],
                                       ["Referrals", "01/03/2026", "0", "", "", ""], [])
    assert problems == [] and checker.rows == 1 and len(figures) == 1


def test_rows_shorter_than_the_header_are_read():
    figures, problems, _ = check(["Referrals", "01/03/2026", "7"])
    assert problems == [] and figures[0].value == 7


def test_columns_may_come_in_any_order_with_other_names_and_extra_columns():
    header = ["Date", "Comments", "Team", "Measure name", "Figure"]
    figures, problems, _ = check(["01/03/2026", "ok", "North", "Referrals", "4"], header=header)
    assert errors(problems) == []
    assert (figures[0].value, figures[0].note) == (4, "ok")
    assert [(p.row, p.column, p.kind) for p in problems] == [(1, "C", NOTE)]


@pytest.mark.parametrize(("header", "message"), [
    (["period", "value"], "There is no \u2018measure\u2019 column"),
    (["measure", "value"], "There is no \u2018period\u2019 column"),
    (["measure", "period", "note"], "There is no \u2018value\u2019 column"),
    (["measure", "period", "numerator"], "There is a \u2018numerator\u2019 column but no "
                                         "\u2018denominator\u2019 column"),
    (["measure", "period", "value", "Value"], "Columns C and D are both called \u2018value\u2019"),
])
def test_the_first_row_must_name_the_columns(header, message):
    figures, problems, checker = check(["Referrals", "01/03/2026", "1", "1"], header=header)
    assert figures == [] and checker.rows == 0
    assert any(message in m for _, _, m in errors(problems))
    assert all(row == 1 for row, _, _ in errors(problems))


def test_an_empty_file_and_a_file_of_column_names_only_are_reported():
    _, problems, _ = check(header=HEADER)
    assert errors(problems) == [(2, "", "The file has no figures: there are no rows below the "
                                        "column names")]
    checker = Checker(MEASURES, today=TODAY, replace=False, existing=lambda pk: (),
                      report=(found := []).append)
    assert list(checker.figures([])) == []
    assert "The file has no rows" in found[0].message


def test_a_file_that_cannot_be_read_to_the_end_reports_where_it_stopped():
    def rows():
        yield 1, HEADER
        yield 2, ["Referrals", "01/03/2026", "1"]
        raise RowsUnreadable(2, "The file cannot be read after row 2: reason")

    problems = []
    checker = Checker(MEASURES, today=TODAY, replace=False, existing=lambda pk: (),
                      report=problems.append)
    assert len(list(checker.figures(rows()))) == 1
    assert errors(problems) == [(2, "", "The file cannot be read after row 2: reason")]


def test_spreadsheet_cells_arrive_typed():
    figures, problems, _ = check(
        ["Referrals", datetime.datetime(2026, 3, 1), 12, None, None, None],
        ["Referrals converted", datetime.datetime(2026, 3, 1), None, 3, 4.0, 20260301],
    )
    assert problems == []
    assert [(f.period, f.value, f.note) for f in figures] == [
        (D(2026, 3, 1), 12.0, ""), (D(2026, 3, 1), 0.75, "20260301")]


def test_what_each_measure_receives_is_tallied():
    _, _, checker = check(["Referrals", "01/01/2026", "1", "", "", ""],
                          ["Referrals", "01/03/2026", "1", "", "", ""],
                          ["Referrals", "01/02/2026", "1", "", "", ""],
                          existing={1: [D(2026, 3, 1)]}, replace=True)
    tally = checker.tallies[1]
    assert (tally.added, tally.replaced, tally.first, tally.last) == (
        2, 1, D(2026, 1, 1), D(2026, 3, 1))


def test_progress_is_reported_as_rows_are_read():
    seen = []
    rows = [["Referrals", f"01/{m:02d}/2025", "1", "", "", ""] for m in range(1, 13)]
    check(*rows, progress=seen.append, every=5)
    assert seen == [5, 10]


def test_column_letters_run_as_a_spreadsheet_names_them():
    assert [column_letter(i) for i in (0, 25, 26, 51, 701, 702)] == [
        "A", "Z", "AA", "AZ", "ZZ", "AAA"]
