"""HTTP responses for the spreadsheet writers."""

from collections.abc import Iterable, Sequence

from django.http import HttpResponse

from .spreadsheets import Cell, Column, Sheet, write_csv, write_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def csv_download(filename: str, columns: Sequence[Column],
                 rows: Iterable[Sequence[Cell]]) -> HttpResponse:
    # A byte-order mark so Excel opens the UTF-8 file with the right characters.
    body = "\ufeff" + write_csv(columns, rows)
    return _attachment(HttpResponse(body, content_type="text/csv; charset=utf-8"), filename)


def xlsx_download(filename: str, sheets: Sequence[Sheet]) -> HttpResponse:
    return _attachment(HttpResponse(write_xlsx(sheets), content_type=XLSX), filename)
