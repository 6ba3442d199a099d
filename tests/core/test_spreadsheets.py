import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from trellis.core.spreadsheets import Column, Sheet, neutralise, write_csv, write_xlsx

COLUMNS = [Column("Title"), Column("Count", "integer"), Column("When", "date")]


@pytest.mark.parametrize("text", ["=SUM(A1)", "+44 7700", "-1+1", "@cmd", "\tx", "\r=x"])
def test_formula_like_text_is_neutralised(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["Plain text", -3, 2.5, date(2026, 3, 27), None, ""])
def test_ordinary_values_are_untouched(value):
    assert neutralise(value) == value


def test_csv_has_headers_iso_dates_and_no_live_formulas():
    text = write_csv(COLUMNS, [["=HYPERLINK(\"x\")", 3, date(2026, 3, 27)], ["B", None, None]])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["Title", "Count", "When"], ["'=HYPERLINK(\"x\")", "3", "2026-03-27"],
                    ["B", "", ""]]


def test_xlsx_has_one_sheet_each_typed_columns_and_no_live_formulas():
    data = write_xlsx([Sheet("Evidence", COLUMNS, [["=1+1", 4, date(2026, 1, 2)]]),
                       Sheet("Comparison", [Column("Name")], [["@x"]])])
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Evidence", "Comparison"]
    ws = workbook["Evidence"]
    assert [c.value for c in ws[1]] == ["Title", "Count", "When"]
    assert ws["A2"].value == "'=1+1" and ws["A2"].data_type == "s"
    assert ws["B2"].value == 4 and ws["B2"].number_format == "0"
    assert ws["C2"].value.date() == date(2026, 1, 2)
    assert ws["C2"].number_format == "dd/mm/yyyy"
    assert workbook["Comparison"]["A2"].value == "'@x"
