"""The plan as a Word document in the seed's Figure 5 layout: landscape A4, a
five-column table whose header row repeats on every page (and is announced
as a header by screen readers), with real Word headings and lists inside the
cells; the parts of the plan outside the five columns follow the table."""

import io
from collections.abc import Iterable

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .layout import PlanItem, PlanLayout, PlanSection

RED = RGBColor(0xD4, 0x35, 0x1C)
BODY_SIZE = Pt(9)


class _Writer:
    """Adds paragraphs to one container (a cell or the document body),
    reusing the empty paragraph a new cell starts with."""

    def __init__(self, container, styles: dict, *, new_cell: bool = False) -> None:
        self.container = container
        self.styles = styles
        self.fresh = container.paragraphs[:1] if new_cell else []

    def paragraph(self, style: str, text: str = ""):
        paragraph = self.fresh.pop() if self.fresh else self.container.add_paragraph()
        # Set the style id directly: python-docx's `paragraph.style = ...` looks
        # up the default style on every call, which dominated big exports.
        style_id = self.styles[style].style_id
        paragraph._p.style = None if style == "Normal" else style_id
        if text:
            paragraph.add_run(text)
        return paragraph


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def _item(writer: _Writer, item: PlanItem, style: str) -> None:
    paragraph = writer.paragraph(style)
    if item.label:
        paragraph.add_run(f"{item.label}: ").bold = True
    paragraph.add_run(item.title)
    if item.flag:
        flag = paragraph.add_run(f" [{item.flag}]")
        flag.bold = True
        flag.font.color.rgb = RED
    if item.detail:
        writer.paragraph("List Continue", item.detail)
    if item.evidence:
        titles = "; ".join(title for _, title in item.evidence)
        writer.paragraph("List Continue").add_run(f"Evidence: {titles}").italic = True


def _section(writer: _Writer, section: PlanSection, heading: str | None,
             subheading: str) -> None:
    """A section's items as a list under their group headings; the section's
    own title (at `heading`) only when its column holds several sections."""
    if heading:
        writer.paragraph(heading, section.title)
    if section.is_empty:
        writer.paragraph("Normal", "Nothing recorded yet.")
        return
    style = "List Number" if section.ordered else "List Bullet"
    for group in section.groups:
        if group.heading:
            writer.paragraph(subheading, group.heading)
        for item in group.items:
            _item(writer, item, style)


def _styles(document) -> dict:
    names = ("Normal", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "List Bullet",
             "List Number", "List Continue")
    styles = {name: document.styles[name] for name in names}
    styles["Normal"].font.size = BODY_SIZE
    for name in ("List Bullet", "List Number", "List Continue"):
        styles[name].font.size = BODY_SIZE
    styles["Heading 3"].font.size = Pt(11)
    styles["Heading 4"].font.size = Pt(10)
    return styles


def plan_document(plan: PlanLayout, *, title: str, subtitle: str,
                  notes: Iterable[str] = ()) -> bytes:
    """The .docx file's bytes."""
    document = Document()
    document.core_properties.title = title
    page = document.sections[0]
    page.orientation = WD_ORIENT.LANDSCAPE
    page.page_width, page.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(page, side, Cm(1.5))
    styles = _styles(document)
    body = _Writer(document, styles)
    body.paragraph("Heading 1", title)
    body.paragraph("Normal", subtitle)
    for note in notes:
        body.paragraph("Normal", note)

    table = document.add_table(rows=2, cols=len(plan.columns))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header, cells = table.rows
    _repeat_as_header(header)
    for cell, column in zip(header.cells, plan.columns, strict=True):
        run = cell.paragraphs[0].add_run(column.heading)
        run.bold = True
        cell.paragraphs[0].add_run(f" ({column.question})")
    for cell, column in zip(cells.cells, plan.columns, strict=True):
        writer = _Writer(cell, styles, new_cell=True)
        if not column.sections:
            writer.paragraph("Normal", "Nothing recorded yet.")
        for section in column.sections:
            if column.titled:
                _section(writer, section, "Heading 3", "Heading 4")
            else:
                _section(writer, section, None, "Heading 3")

    for section in plan.other:
        _section(body, section, "Heading 2", "Heading 3")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
