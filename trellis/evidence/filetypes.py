"""What kind of file an upload really is, judged by its content, not its name.

Pure Python. `check_upload` refuses a file that is too large before reading
it, then reads its first bytes (and, for .docx and .xlsx, the zip's list of
entries) to decide what it is. A file whose name claims one type while its
content is another is refused, with a message naming what it actually is."""

import zipfile
from dataclasses import dataclass
from typing import BinaryIO

MAX_BYTES = 10 * 1024 * 1024
ALLOWED = "a PDF, Word document, Excel spreadsheet, CSV file, PNG or JPEG"

PDF_MAGIC = b"%PDF-"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class FileType:
    key: str
    label: str
    content_type: str
    extensions: tuple[str, ...]


PDF = FileType("pdf", "PDF", "application/pdf", (".pdf",))
DOCX = FileType("docx", "Word document",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                (".docx",))
DOC = FileType("doc", "Word document (older format)", "application/msword", (".doc",))
XLSX = FileType("xlsx", "Excel spreadsheet",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",))
XLS = FileType("xls", "Excel spreadsheet (older format)", "application/vnd.ms-excel", (".xls",))
CSV = FileType("csv", "CSV file", "text/csv", (".csv",))
PNG = FileType("png", "PNG image", "image/png", (".png",))
JPEG = FileType("jpeg", "JPEG image", "image/jpeg", (".jpg", ".jpeg"))

FILE_TYPES = (PDF, DOCX, DOC, XLSX, XLS, CSV, PNG, JPEG)
BY_EXTENSION = {ext: t for t in FILE_TYPES for ext in t.extensions}
ACCEPT = ",".join(BY_EXTENSION)

# What the content turned out to be, in words, for a file that is not what its name says.
CONTENT_NAMES = {
    "pdf": "a PDF", "png": "a PNG image", "jpeg": "a JPEG image",
    "docx": "a Word document (.docx)", "xlsx": "an Excel spreadsheet (.xlsx)",
    "ole": "an older Word or Excel file (.doc or .xls)", "text": "a plain text or CSV file",
    "zip": "a ZIP archive", "pptx": "a PowerPoint presentation",
}
# Which content each named type must have.
EXPECTED_CONTENT = {"pdf": "pdf", "docx": "docx", "doc": "ole", "xlsx": "xlsx", "xls": "ole",
                    "csv": "text", "png": "png", "jpeg": "jpeg"}


@dataclass(frozen=True)
class Checked:
    """The detected type of an acceptable file, or why it was refused."""

    file_type: FileType | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.file_type is not None


def extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _zip_content(stream: BinaryIO) -> str:
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        return "zip"
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    return "zip"


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def sniff(stream: BinaryIO, max_bytes: int = MAX_BYTES) -> str:
    """What the content is: a key of CONTENT_NAMES, or "" when unrecognised.
    Reads at most max_bytes (only text needs reading in full)."""
    stream.seek(0)
    head = stream.read(8)
    if head.startswith(PDF_MAGIC):
        kind = "pdf"
    elif head.startswith(PNG_MAGIC):
        kind = "png"
    elif head.startswith(JPEG_MAGIC):
        kind = "jpeg"
    elif head.startswith(ZIP_MAGIC):
        kind = _zip_content(stream)
    elif head.startswith(OLE_MAGIC):
        kind = "ole"
    else:
        stream.seek(0)
        kind = "text" if _is_text(stream.read(max_bytes)) else ""
    stream.seek(0)
    return kind


def check_upload(name: str, size: int, stream: BinaryIO, max_bytes: int = MAX_BYTES) -> Checked:
    """Accept a file only when its name and its content agree on an allowed type."""
    named = BY_EXTENSION.get(extension(name))
    if named is None:
        return Checked(error=f"The selected file must be {ALLOWED}")
    if size == 0:
        return Checked(error="The selected file is empty")
    if size > max_bytes:
        return Checked(error=f"The selected file must be smaller than {max_bytes // 2**20} MB")
    content = sniff(stream, max_bytes)
    if content == EXPECTED_CONTENT[named.key]:
        return Checked(file_type=named)
    if not content:
        return Checked(error=f"The selected file is not {ALLOWED}. Its content does not match "
                             "any of these types, even though its name ends in "
                             f"{extension(name)}")
    article = "an" if named.label[0] in "AEIOU" else "a"
    return Checked(error=f"The selected file is named as {article} {named.label} but it is "
                         f"actually {CONTENT_NAMES[content]}. Choose the original file, or "
                         "save it with the right type")
