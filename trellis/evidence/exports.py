"""The evidence table as a spreadsheet sheet, for CSV and Excel downloads."""

from django.utils import timezone
from django.utils.text import slugify

from trellis.core.spreadsheets import Column, Sheet
from trellis.projects.models import Project

from .presenters import in_framework_order, slice_names

COLUMNS = (
    Column("Evidence Pie slice", width=30),
    Column("Title", width=40),
    Column("What it shows", width=60),
    Column("Source or reference", width=40),
    Column("Link", width=40),
    Column("Date or period", width=18),
    Column("Who it came from", width=30),
    Column("Confidence", width=12),
    Column("Why this level of confidence", width=40),
    Column("Attached file", width=30),
    Column("File size (KB)", "integer", width=14),
    Column("Added by", width=24),
    Column("Added on", "date", width=12),
)


def evidence_sheet(project: Project) -> Sheet:
    """One row per evidence item of the project, in slice order (one query)."""
    names = slice_names()
    items = in_framework_order(project.evidence.select_related("created_by"))
    rows = [[
        names.get(item.slice, item.slice),
        item.title,
        item.finding,
        item.source,
        item.link,
        item.period,
        item.source_group,
        item.get_confidence_display(),
        item.confidence_reason,
        item.attachment_name,
        round(item.attachment_size / 1024) if item.attachment_size else None,
        str(item.created_by) if item.created_by else "",
        timezone.localdate(item.created_at),
    ] for item in items]
    return Sheet(title="Evidence", columns=COLUMNS, rows=rows)


def filename(project: Project, extension: str) -> str:
    return f"{slugify(project.title)[:60] or 'project'}-evidence.{extension}"
