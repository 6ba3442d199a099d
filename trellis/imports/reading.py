"""Reading an import file as rows of cells, whatever it claims to be.

What a file is comes from its content, never its name: a CSV file is text (UTF-8 with
or without a byte-order mark, or Windows-1252), an Excel workbook is a ZIP archive with
a workbook inside. Everything that could make reading slow or large is refused before
the file is opened: more than 100 MB, a workbook that unpacks to more than 1 GB (a
"zip bomb"), too many text values in a workbook. Rows are streamed one at a time, and a
workbook's own claim about its size is ignored (a file can say it has one row and hold
two million).

Plain Python (and openpyxl): no Django imports."""

import codecs
import contextlib
import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

MAX_BYTES = 100 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_COLUMNS = 50
MAX_UNPACKED = 1024 * 1024 * 1024
MAX_SHARED_TEXT = 64 * 1024 * 1024
CHUNK = 1024 * 1024

CSV = "csv"
XLSX = "xlsx"

WHAT_TO_SEND = "Choose a CSV file or an Excel workbook (.xlsx)"
_NOT_THIS = f", not a CSV file or an Excel workbook. {WHAT_TO_SEND}"
BINARY = f"The file is not a CSV file or an Excel workbook: it holds binary data. {WHAT_TO_SEND}"
UNREADABLE_TEXT = ("The file\u2019s text is not in a form Trellis can read. Save it from Excel "
                   "as \u2018CSV UTF-8 (comma delimited)\u2019 and upload it again")
_OTHER_KINDS = (
    (b"%PDF-", "The file is a PDF" + _NOT_THIS),
    (b"\x89PNG", "The file is a PNG image" + _NOT_THIS),
    (b"\xff\xd8\xff", "The file is a JPEG image" + _NOT_THIS),
    (b"GIF8", "The file is a GIF image" + _NOT_THIS),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "The file is an older Excel or Word file (.xls or .doc). Open it in Excel and save it "
     "as an Excel workbook (.xlsx) or as CSV"),
    (b"\x1f\x8b", "The file is a compressed (gzip) file" + _NOT_THIS),
    (b"Rar!", "The file is a RAR archive" + _NOT_THIS),
    (b"7z\xbc\xaf", "The file is a 7-Zip archive" + _NOT_THIS),
)


class FileRefused(Exception):
    """The whole file cannot be read; the message says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RowsUnreadable(Exception):
    """Reading stopped part way: rows up to `row` were read, the rest cannot be."""

    def __init__(self, row: int, message: str) -> None:
        super().__init__(message)
        self.row = row
        self.message = message


@dataclass(frozen=True)
class Shape:
    """What a file turned out to be: "csv" (with its text encoding and the character
    between its columns) or "xlsx"."""

    kind: str
    encoding: str = ""
    delimiter: str = ","

    @property
    def label(self) -> str:
        if self.kind == XLSX:
            return "Excel workbook"
        names = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp1252": "Windows-1252"}
        return f"CSV file, {names.get(self.encoding, self.encoding)} text"


def _workbook(stream: BinaryIO) -> Shape:
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise FileRefused(f"The file is a damaged ZIP archive, not an Excel workbook. "
                          f"{WHAT_TO_SEND}") from None
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" not in names:
        what = ("a Word document" if any(n.startswith("word/") for n in names)
                else "a PowerPoint presentation" if any(n.startswith("ppt/") for n in names)
                else "a ZIP archive")
        raise FileRefused(f"The file is {what}, not an Excel workbook. {WHAT_TO_SEND}")
    # zipfile never unpacks more than an entry declares, so the declared sizes bound
    # the work; a small file that declares gigabytes is refused here, unopened.
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED:
        raise FileRefused("The workbook unpacks to more than 1 GB, which is too large to "
                          "read. Save the sheet as a CSV file and upload that instead")
    shared = sum(e.file_size for e in entries if e.filename.startswith("xl/sharedStrings"))
    if shared > MAX_SHARED_TEXT:
        raise FileRefused("The workbook holds too much text to read (more than 64 MB of "
                          "different text values). Save the sheet as a CSV file and upload "
                          "that instead")
    return Shape(XLSX)


def _encoding(stream: BinaryIO) -> str:
    """UTF-8 (with or without a byte-order mark) if every byte says so, else
    Windows-1252; FileRefused if neither, or if the file holds binary zeros."""
    stream.seek(0)
    bom = stream.read(3) == codecs.BOM_UTF8
    stream.seek(3 if bom else 0)
    utf8 = codecs.getincrementaldecoder("utf-8")()
    is_utf8 = True
    while chunk := stream.read(CHUNK):
        if b"\x00" in chunk:
            raise FileRefused(BINARY)
        if is_utf8:
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError:
                is_utf8 = False
    if is_utf8:
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            is_utf8 = False
    if is_utf8:
        return "utf-8-sig" if bom else "utf-8"
    if not bom and _all_cp1252(stream):
        return "cp1252"
    raise FileRefused(UNREADABLE_TEXT)


def _all_cp1252(stream: BinaryIO) -> bool:
    stream.seek(0)
    decoder = codecs.getincrementaldecoder("cp1252")()
    try:
        while chunk := stream.read(CHUNK):
            decoder.decode(chunk)
    except UnicodeDecodeError:
        return False
    return True


def _delimiter(stream: BinaryIO, encoding: str) -> str:
    stream.seek(0)
    first = stream.read(64 * 1024).decode(encoding, errors="replace").split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _text_problem(head: bytes) -> str:
    """Why the start of a file cannot be CSV text, or "" when it can."""
    if b"\x00" in head:
        return BINARY
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)  # a cut-off last character is fine
        return ""
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
    except UnicodeDecodeError:
        return UNREADABLE_TEXT
    return ""


def identify(stream: BinaryIO, size: int) -> str:
    """A quick first look, for while the person waits: "csv" or "xlsx", or
    FileRefused. Reads at most the first 64 KB (and a workbook's list of contents);
    `inspect` later reads the whole of a CSV file to be sure of its text."""
    if size <= 0:
        raise FileRefused("The selected file is empty")
    if size > MAX_BYTES:
        raise FileRefused(f"The selected file must be smaller than {MAX_BYTES / 2**20:g} MB. "
                          "Split it into smaller files, or leave out columns Trellis does not "
                          "need")
    stream.seek(0)
    head = stream.read(64 * 1024)
    stream.seek(0)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _workbook(stream).kind
    for magic, message in _OTHER_KINDS:
        if head.startswith(magic):
            raise FileRefused(message)
    if problem := _text_problem(head):
        raise FileRefused(problem)
    return CSV


def inspect(stream: BinaryIO, size: int) -> Shape:
    """What the file is, judged by its content. Refuses it (FileRefused) when it is
    empty, too large, not CSV or XLSX, or a workbook too large to unpack."""
    if identify(stream, size) == XLSX:
        return Shape(XLSX)
    encoding = _encoding(stream)
    return Shape(CSV, encoding, _delimiter(stream, encoding))


Row = tuple[int, Sequence[object]]


def _csv_rows(stream: BinaryIO, shape: Shape) -> Iterator[Row]:
    stream.seek(0)
    text = io.TextIOWrapper(stream, encoding=shape.encoding, newline="")
    reader = csv.reader(text, delimiter=shape.delimiter)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, cells
    except csv.Error as error:
        reason = str(error)
        if "field larger" in reason:
            reason = "a cell holds more than 131,072 characters"
        elif "EOF" in reason:
            reason = "a quotation mark (\") opens a cell that is never closed"
        raise RowsUnreadable(number, f"The file cannot be read after row {number}: "
                                     f"{reason}") from None
    finally:
        with contextlib.suppress(ValueError):  # already closed
            text.detach()  # leave the file itself open: it belongs to the caller


def _xlsx_rows(stream: BinaryIO) -> Iterator[Row]:
    from openpyxl import load_workbook

    stream.seek(0)
    number = 0
    # openpyxl raises all sorts of errors on a damaged workbook (KeyError, ValueError,
    # XML errors, zip errors...); every one means the same to the person uploading it.
    try:
        workbook = load_workbook(stream, read_only=True, data_only=False, keep_links=False)
    except Exception:
        raise RowsUnreadable(0, "The file cannot be read as an Excel workbook: it may be "
                                "damaged or protected with a password. Open it in Excel, "
                                "save it again, and upload it") from None
    try:
        if not workbook.worksheets:
            return
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # never trust the size the file declares
        try:
            for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, cells[:MAX_COLUMNS]
        except Exception:
            raise RowsUnreadable(number, f"The workbook cannot be read after row {number}: "
                                         "it may be damaged. Open it in Excel, save it "
                                         "again, and upload it") from None
    finally:
        workbook.close()


def rows(stream: BinaryIO, shape: Shape) -> Iterator[Row]:
    """(row number, cells) for every row, the first row (column names) included.
    Row numbers are as a spreadsheet shows them. Stops with RowsUnreadable when the rest
    of the file cannot be read, and after MAX_ROWS rows below the first."""
    source = _xlsx_rows(stream) if shape.kind == XLSX else _csv_rows(stream, shape)
    for number, cells in source:
        if number > MAX_ROWS + 1:
            raise RowsUnreadable(number - 1, f"The file has more than {MAX_ROWS:,} rows of "
                                             "data. Split it into smaller files")
        yield number, cells
