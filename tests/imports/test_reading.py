"""What a file is comes from its content; anything that could make reading slow or
large is refused before it is opened; rows stream out with spreadsheet row numbers."""

import datetime
import io
import zipfile

import pytest

from tests.imports.helpers import xlsx_bytes
from trellis.imports import reading
from trellis.imports.reading import FileRefused, RowsUnreadable


def refused(data: bytes, size: int | None = None) -> str:
    with pytest.raises(FileRefused) as error:
        reading.inspect(io.BytesIO(data), len(data) if size is None else size)
    return error.value.message


def all_rows(data: bytes) -> list:
    stream = io.BytesIO(data)
    return list(reading.rows(stream, reading.inspect(stream, len(data))))


class Unreadable(io.BytesIO):
    def read(self, *args):
        raise AssertionError("the file was read")


def test_an_empty_file_is_refused():
    assert refused(b"") == "The selected file is empty"


def test_a_file_over_100_mb_is_refused_before_any_of_it_is_read():
    with pytest.raises(FileRefused) as error:
        reading.identify(Unreadable(b"measure"), 100 * 1024 * 1024 + 1)
    assert error.value.message.startswith("The selected file must be smaller than 100 MB")


@pytest.mark.parametrize(("data", "message"), [
    (b"%PDF-1.7 ...", "The file is a PDF, not a CSV file or an Excel workbook"),
    (b"\x89PNG\r\n\x1a\n....", "The file is a PNG image"),
    (b"\xff\xd8\xff\xe0....", "The file is a JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "an older Excel or Word file (.xls or "
                                                         ".doc). Open it in Excel and save it"),
    (b"\x1f\x8b\x08\x00....", "a compressed (gzip) file"),
    (b"measure,period\x00,value\n", "it holds binary data"),
])
def test_files_that_are_not_csv_or_xlsx_are_refused_by_their_content(data, message):
    assert message in refused(data)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_that_is_not_a_workbook_is_refused():
    assert "is a ZIP archive, not an Excel workbook" in refused(_zip({"a.txt": b"hello"}))
    assert "is a Word document" in refused(_zip({"word/document.xml": b"<w/>"}))


def test_a_damaged_zip_is_refused():
    assert "damaged ZIP archive" in refused(b"PK\x03\x04" + b"\x01" * 200)


def test_a_zip_bomb_is_refused_from_its_list_of_contents(monkeypatch):
    # 20 MB of zeros squeezes into a few kilobytes; the limit is lowered to keep it quick.
    monkeypatch.setattr(reading, "MAX_UNPACKED", 10 * 1024 * 1024)
    bomb = _zip({"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml":
                 b"\x00" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert "unpacks to more than 1 GB" in refused(bomb)


def test_a_workbook_with_too_much_text_is_refused(monkeypatch):
    monkeypatch.setattr(reading, "MAX_SHARED_TEXT", 1000)
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes([["measure"], ["Referrals"]])))
    entries = {item.filename: source.read(item.filename) for item in source.infolist()}
    entries["xl/sharedStrings.xml"] = b"<sst>" + b"<si><t>a note</t></si>" * 100 + b"</sst>"
    assert "holds too much text" in refused(_zip(entries))


def test_a_workbook_is_recognised_whatever_its_name():
    data = xlsx_bytes([["measure"], ["Referrals"]])
    assert reading.identify(io.BytesIO(data), len(data)) == reading.XLSX


@pytest.mark.parametrize(("data", "encoding"), [
    ("measure,note\nRéférrals,café\n".encode(), "utf-8"),
    (b"\xef\xbb\xbf" + "measure,note\nRéférrals,café\n".encode(), "utf-8-sig"),
    ("measure,note\nRéférrals,café – “ok”\n".encode("cp1252"), "cp1252"),
])
def test_csv_text_is_utf8_with_or_without_a_bom_or_windows_1252(data, encoding):
    shape = reading.inspect(io.BytesIO(data), len(data))
    assert (shape.kind, shape.encoding) == ("csv", encoding)
    assert all_rows(data)[0] == (1, ["measure", "note"])
    assert all_rows(data)[1][1][0] == "Référrals"


def test_windows_1252_far_into_a_file_is_still_found():
    data = b"measure,value\n" + b"Referrals,1\n" * 200_000 + "Caf\u00e9,2\n".encode("cp1252")
    assert reading.inspect(io.BytesIO(data), len(data)).encoding == "cp1252"
    assert all_rows(data)[-1] == (200_002, ["Café", "2"])


def test_text_in_neither_encoding_is_refused():
    assert "Save it from Excel as \u2018CSV UTF-8" in refused(b"measure\n\x81\x8d\x8f\x90\n")


def test_semicolons_between_columns_are_understood():
    data = b"measure;period;value\nReferrals;01/03/2026;4\n"
    assert all_rows(data)[1] == (2, ["Referrals", "01/03/2026", "4"])


def test_row_numbers_are_those_a_spreadsheet_shows():
    data = b'measure,note\nA,"two\nlines"\n\nB,x\n'
    assert [number for number, _ in all_rows(data)] == [1, 2, 3, 4]


def test_a_cell_too_long_to_read_stops_reading_with_its_row():
    data = b"measure,note\nA,x\nB," + b"y" * 200_000 + b"\n"
    with pytest.raises(RowsUnreadable) as error:
        all_rows(data)
    assert error.value.row == 2
    assert "a cell holds more than 131,072 characters" in error.value.message


def test_reading_stops_after_the_largest_number_of_rows(monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 5)
    data = b"measure\n" + b"A\n" * 7
    with pytest.raises(RowsUnreadable) as error:
        all_rows(data)
    assert "more than 5 rows" in error.value.message


def test_workbook_cells_come_typed_and_formulas_are_never_worked_out():
    data = xlsx_bytes([["measure", "period", "value"],
                       ["Referrals", datetime.datetime(2026, 3, 1), 12],
                       ["Referrals", "01/04/2026", "=1+1"]])
    rows = all_rows(data)
    assert rows[1] == (2, ("Referrals", datetime.datetime(2026, 3, 1), 12))
    assert rows[2] == (3, ("Referrals", "01/04/2026", "=1+1"))


def _declare_one_row(data: bytes) -> bytes:
    """The same workbook, but its sheet claims to be one cell big."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                start = content.index(b"<dimension ref=\"") + len(b"<dimension ref=\"")
                end = content.index(b"\"", start)
                content = content[:start] + b"A1" + content[end:]
            out.writestr(item, content)
    return buffer.getvalue()


def test_a_workbook_that_understates_its_size_is_read_in_full():
    rows = [["measure", "value"]] + [["Referrals", n] for n in range(2000)]
    data = _declare_one_row(xlsx_bytes(rows))
    assert b'<dimension ref="A1"' in zipfile.ZipFile(io.BytesIO(data)).read(
        "xl/worksheets/sheet1.xml")
    assert len(all_rows(data)) == 2001


def test_a_workbook_that_cannot_be_opened_stops_reading():
    data = _zip({"xl/workbook.xml": b"<not-a-workbook"})
    with pytest.raises(RowsUnreadable) as error:
        all_rows(data)
    assert "cannot be read as an Excel workbook" in error.value.message
