"""Tables out to CSV and Excel, safe to open in a spreadsheet.

Pure Python (openpyxl for .xlsx). Any text cell that a spreadsheet would read
as a formula (starting =, +, -, @, tab or carriage return) is neutralised with
a leading apostrophe, so a downloaded file never runs anything."""

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | Decimal | date | datetime | None


def neutralise(value: Cell) -> Cell:
    """Text that would start a formula gets a leading apostrophe; numbers and
    dates pass through, since a negative number is data, not a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text, integer, number, date
    width: int = 20


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Cell]]


NUMBER_FORMATS = {"integer": "0", "number": "0.0", "date": "dd/mm/yyyy", "text": "@"}


def write_csv(columns: Sequence[Column], rows: Iterable[Sequence[Cell]]) -> str:
    """CSV text with a header row; dates as ISO (yyyy-mm-dd)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([neutralise(c.header) for c in columns])
    for row in rows:
        writer.writerow(["" if v is None else neutralise(
            v.isoformat() if isinstance(v, date) else v) for v in row])
    return out.getvalue()


def write_xlsx(sheets: Sequence[Sheet]) -> bytes:
    """An .xlsx workbook: one sheet each, bold header row, typed columns."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        ws = workbook.create_sheet(title=sheet.title[:31])
        ws.append([c.header for c in sheet.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for row in sheet.rows:
            ws.append([neutralise(v) for v in row])
        for index, column in enumerate(sheet.columns, start=1):
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = column.width
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = NUMBER_FORMATS[column.kind]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
