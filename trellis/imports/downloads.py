"""Files people download from the imports pages: a template to fill in, already
listing the project's measures with the right columns, and the problems found in a
file. Written through trellis.core.spreadsheets, so no cell can run as a formula."""

from dataclasses import dataclass

from django.utils.text import slugify

from trellis.core.spreadsheets import Column, Sheet
from trellis.monitoring.models import Kind, Measure
from trellis.projects.models import Project

from .models import ImportJob

DATA_COLUMNS = (
    Column("measure", width=40),
    Column("period", kind="date", width=14),
    Column("value", kind="number", width=12),
    Column("numerator", kind="number", width=12),
    Column("denominator", kind="number", width=14),
    Column("note", width=40),
)


@dataclass(frozen=True)
class Importable:
    """A measure whose figures can be imported, and what to fill in for it."""

    measure: Measure
    fill_in: str


def importable(project: Project) -> list[Importable]:
    measures = project.measures.filter(source="").order_by("name", "pk")
    return [Importable(m, "numerator and denominator" if m.kind == Kind.PROPORTION
                       else "value") for m in measures]


def filename(project: Project, extension: str) -> str:
    return f"{slugify(project.title)[:60] or 'project'}-import-template.{extension}"


def data_sheet(project: Project) -> Sheet:
    """One row per measure, named, with its other cells empty to fill in."""
    rows = [(item.measure.name, None, None, None, None, None) for item in importable(project)]
    return Sheet("Data", DATA_COLUMNS, rows)


def _guide_sheet(project: Project) -> Sheet:
    columns = (Column("Measure", width=40), Column("Recorded", width=12),
               Column("Fill in", width=28), Column("Unit", width=16),
               Column("Period", width=60))
    starts = {"weekly": "the Monday the week starts, for example 02/03/2026",
              "monthly": "the first day of the month, for example 01/03/2026",
              "quarterly": "the first day of the quarter, for example 01/01/2026"}
    rows = [(i.measure.name, i.measure.get_frequency_display(), i.fill_in, i.measure.unit,
             starts.get(i.measure.frequency, "")) for i in importable(project)]
    return Sheet("Measures", columns, rows)


def workbook(project: Project) -> list[Sheet]:
    """The data sheet first (the one Trellis reads), then a guide to each measure."""
    return [data_sheet(project), _guide_sheet(project)]


def kept_problems(job: ImportJob) -> Sheet:
    columns = (Column("Row", kind="integer", width=8), Column("Column", width=16),
               Column("Type", width=10), Column("Problem", width=80))
    rows = [(p.row, p.column, p.get_severity_display(), p.message) for p in job.problems.all()]
    return Sheet("Problems", columns, rows)
