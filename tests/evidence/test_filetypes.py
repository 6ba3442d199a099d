"""Files are judged by their content, not only their name (pure, no database)."""

import io
import zipfile

import pytest

from tests.evidence.conftest import PDF, PNG, xlsx_bytes
from trellis.evidence import filetypes
from trellis.evidence.filetypes import check_upload

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40


def zipped(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<xml/>")
    return buffer.getvalue()


DOCX = zipped("[Content_Types].xml", "word/document.xml")


def check(name: str, content: bytes, size: int | None = None, **kwargs):
    return check_upload(name, len(content) if size is None else size, io.BytesIO(content),
                        **kwargs)


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("report.pdf", PDF, filetypes.PDF),
    ("chart.png", PNG, filetypes.PNG),
    ("photo.jpg", JPEG, filetypes.JPEG),
    ("photo.JPEG", JPEG, filetypes.JPEG),
    ("notes.docx", DOCX, filetypes.DOCX),
    ("figures.xlsx", xlsx_bytes(), filetypes.XLSX),
    ("old notes.doc", OLE, filetypes.DOC),
    ("old figures.xls", OLE, filetypes.XLS),
    ("counts.csv", b"Ward,Households\nNorth,120\n", filetypes.CSV),
    ("café.csv", "Ward,Notes\nNorth,caf\u00e9 \u2013 \u00a3\n".encode("cp1252"), filetypes.CSV),
])
def test_real_files_are_recognised(name, content, expected):
    checked = check(name, content)
    assert checked.ok, checked.error
    assert checked.file_type == expected


def test_the_content_type_comes_from_the_detected_type():
    assert check("a.xls", OLE).file_type.content_type == "application/vnd.ms-excel"
    assert check("a.doc", OLE).file_type.content_type == "application/msword"
    assert check("a.png", PNG).file_type.content_type == "image/png"


@pytest.mark.parametrize(("name", "content", "actually"), [
    ("report.pdf", PNG, "a PNG image"),
    ("chart.png", PDF, "a PDF"),
    ("notes.docx", xlsx_bytes(), "an Excel spreadsheet (.xlsx)"),
    ("figures.xlsx", DOCX, "a Word document (.docx)"),
    ("figures.xlsx", zipped("readme.txt"), "a ZIP archive"),
    ("slides.docx", zipped("ppt/presentation.xml"), "a PowerPoint presentation"),
    ("counts.csv", PDF, "a PDF"),
    ("report.pdf", b"just some text", "a plain text or CSV file"),
    ("photo.jpg", OLE, "an older Word or Excel file"),
])
def test_a_file_lying_about_its_type_is_refused_saying_what_it_is(name, content, actually):
    checked = check(name, content)
    assert not checked.ok
    assert actually in checked.error
    assert checked.error.startswith("The selected file is named as")


def test_an_unrecognised_file_is_refused():
    checked = check("data.csv", b"\x00\x01\x02binary\x00")
    assert not checked.ok
    assert "is not a PDF, Word document" in checked.error


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_not_csv():
    assert not check("data.csv", b"Ward,\x81\x8d\n").ok


@pytest.mark.parametrize("name", ["script.exe", "page.html", "image.svg", "no-extension",
                                  "archive.zip", ".csv"])
def test_other_kinds_of_file_are_refused_by_name(name):
    checked = check(name, b"Ward,Households\n")
    assert checked.error == ("The selected file must be a PDF, Word document, Excel "
                             "spreadsheet, CSV file, PNG or JPEG")


def test_an_empty_file_is_refused():
    assert check("empty.csv", b"").error == "The selected file is empty"


class CountingStream(io.BytesIO):
    read_bytes = 0

    def read(self, size=-1):
        data = super().read(size)
        self.read_bytes += len(data)
        return data


def test_a_file_too_large_is_refused_before_it_is_read():
    stream = CountingStream(PDF)
    checked = check_upload("big.pdf", filetypes.MAX_BYTES + 1, stream)
    assert checked.error == "The selected file must be smaller than 10 MB"
    assert stream.read_bytes == 0


def test_only_the_start_of_a_binary_file_is_read():
    stream = CountingStream(PNG + b"\x00" * 100_000)
    assert check_upload("chart.png", len(stream.getvalue()), stream).ok
    assert stream.read_bytes == 8


def test_a_file_of_exactly_the_limit_is_allowed():
    assert check("counts.csv", b"a,b\n", size=filetypes.MAX_BYTES).ok


def test_a_damaged_zip_is_not_an_office_file():
    checked = check("notes.docx", b"PK\x03\x04 not really a zip")
    assert "a ZIP archive" in checked.error
