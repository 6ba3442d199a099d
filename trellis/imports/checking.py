"""Checking an import file row by row: every problem is reported with its row and
column, and only a row without problems becomes a figure to write.

The rules: the first row names the columns (measure, period, value, or numerator and
denominator for proportions, and an optional note); each measure is one of the
project's, matched by name ignoring case and spaces at either end, and not one Trellis
keeps itself; a period is a UK or ISO date (or a named month or quarter) that has begun,
moved to the first day of its period with a note saying so; each measure's period
appears once in the file; a period that already has a figure is refused unless the
person chose to replace figures; numbers are numbers, counts are not negative, a
proportion's denominator is above 0 and its numerator not above its denominator.

Memory stays small however long the file: rows are checked as they stream past, and
the only thing remembered per row is, for each measure, the row that first gave each
period (see seen.py).

Plain Python: no Django imports."""

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from trellis.monitoring.periods import period_label, period_start

from .cells import LARGEST, CellError, is_blank, read_date, read_number, read_text, shown
from .columns import Columns, normalised_name, read_header
from .reading import Row, RowsUnreadable
from .seen import Seen, slot

MAX_NOTE = 500
ERROR = "error"
NOTE = "note"

KEPT_BY = {"fidelity": "fidelity checks", "survey": "survey responses"}


@dataclass(frozen=True)
class MeasureInfo:
    """What checking needs to know about one of the project's measures."""

    pk: int
    name: str
    kind: str  # count, proportion, rate, average
    frequency: str  # weekly, monthly, quarterly
    source: str = ""  # set when Trellis keeps the measure's data itself


@dataclass(frozen=True, slots=True)
class Problem:
    row: int
    column: str
    message: str
    kind: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.kind == ERROR


@dataclass(slots=True)
class Figure:
    """One row ready to write."""

    measure_pk: int
    period: date
    value: float
    numerator: float | None
    denominator: float | None
    note: str
    replacing: bool


@dataclass
class Tally:
    """What the file holds for one measure."""

    measure: MeasureInfo
    added: int = 0
    replaced: int = 0
    first: date | None = None
    last: date | None = None

    def count(self, period: date, replacing: bool) -> None:
        if replacing:
            self.replaced += 1
        else:
            self.added += 1
        if self.first is None or period < self.first:
            self.first = period
        if self.last is None or period > self.last:
            self.last = period


def _quick_number(cell: object) -> float | None:
    """The common case quickly: a plain number, or None to look closer."""
    kind = cell.__class__
    if kind is str:
        if not cell.isascii() or "_" in cell:
            return None
        try:
            number = float(cell)
        except ValueError:
            return None
    elif kind is float or kind is int:
        number = float(cell)
    else:
        return None
    return number if -LARGEST <= number <= LARGEST else None  # also False for NaN


def _blank(cell: object) -> bool:
    return cell is None or cell == "" or (cell.__class__ is str and not cell.strip())


@dataclass
class Checker:
    """Checks rows and yields the figures to write; every problem goes to `report`.

    `existing(measure_pk)` gives the periods that already have a figure (asked once per
    measure, when the file first names it). `progress(rows_read)` is called every
    `every` rows, and may raise to stop the check."""

    measures: Iterable[MeasureInfo]
    today: date
    replace: bool
    existing: Callable[[int], Iterable[date]]
    report: Callable[[Problem], None]
    progress: Callable[[int], None] | None = None
    every: int = 10_000
    rows: int = 0
    errors: int = 0
    notes: int = 0
    clashes: int = 0  # periods that already have a figure, not to be replaced
    tallies: dict[int, Tally] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.measures = tuple(self.measures)
        self._by_name = {normalised_name(m.name): m for m in self.measures}
        self._by_pk = {m.pk: m for m in self.measures}
        self._by_cell: dict[str, MeasureInfo] = {}
        self._periods: dict[tuple[object, str], tuple[date | None, str, str]] = {}
        self._seen: dict[int, Seen] = {}

    # Reporting -----------------------------------------------------------------------

    def _error(self, row: int, column: str, message: str) -> None:
        self.errors += 1
        self.report(Problem(row, column, message))

    def _note(self, row: int, column: str, message: str) -> None:
        self.notes += 1
        self.report(Problem(row, column, message, NOTE))

    # The first row ---------------------------------------------------------------------

    # Each row ------------------------------------------------------------------------

    def _measure(self, row: int, cell: object, label: str) -> MeasureInfo | None:
        if is_blank(cell):
            self._error(row, label, "Enter the name of the measure")
            return None
        text = cell if isinstance(cell, str) else read_text(cell)
        measure = self._by_name.get(normalised_name(text))
        if measure is None:
            self._error(row, label, f"There is no measure called {shown(text)} in this "
                                    "project. Check the spelling, or add the measure first")
            return None
        if measure.source:
            kept = KEPT_BY.get(measure.source, measure.source)
            self._error(row, label, f"{shown(measure.name)} is kept by Trellis from {kept}: "
                                    "its figures cannot be imported")
            return None
        if isinstance(cell, str) and len(self._by_cell) < 10_000:
            self._by_cell[cell] = measure
        return measure

    def _number(self, row: int, cell: object, label: str) -> float | None:
        if is_blank(cell):
            return None
        try:
            return read_number(cell)
        except CellError as error:
            self._error(row, label, error.message)
            return None

    def _numbers(self, row: int, value_cell: object, top_cell: object, bottom_cell: object,
                 measure: MeasureInfo | None) -> tuple[float, float | None, float | None] | None:
        if measure is not None:  # the common case first, without building any message
            if measure.kind == "proportion":
                top, bottom = _quick_number(top_cell), _quick_number(bottom_cell)
                if top is not None and bottom is not None and 0 <= top <= bottom and bottom:
                    return top / bottom, top, bottom
            elif (top_cell is None or top_cell == "") and (bottom_cell is None
                                                           or bottom_cell == ""):
                value = _quick_number(value_cell)
                if value is not None and (value >= 0 or measure.kind != "count"):
                    return value, None, None
        return self._numbers_closely(row, value_cell, top_cell, bottom_cell, measure)

    def _numbers_closely(self, row: int, value_cell: object, top_cell: object,
                         bottom_cell: object, measure: MeasureInfo | None
                         ) -> tuple[float, float | None, float | None] | None:
        labels = self._labels
        if measure is None:  # still say what else is wrong with the row
            for key, cell in (("value", value_cell), ("numerator", top_cell),
                              ("denominator", bottom_cell)):
                self._number(row, cell, labels[key])
            return None
        name = shown(measure.name)
        if measure.kind == "proportion":
            top = self._number(row, top_cell, labels["numerator"])
            bottom = self._number(row, bottom_cell, labels["denominator"])
            ok = True
            for key, cell, number in (("numerator", top_cell, top),
                                      ("denominator", bottom_cell, bottom)):
                if is_blank(cell):
                    ok = False
                    self._error(row, labels[key], f"Enter the {key}: {name} is a proportion, "
                                                  "so it needs a numerator and a denominator")
                elif number is None:
                    ok = False
                elif number < 0:
                    ok = False
                    self._error(row, labels[key], f"The {key} {shown(cell)} is negative: it "
                                                  "must be 0 or more")
            if not ok or top is None or bottom is None:
                return None
            if bottom == 0:
                self._error(row, labels["denominator"], "The denominator is 0: a proportion "
                                                        "needs a denominator above 0")
                return None
            if top > bottom:
                self._error(row, labels["numerator"], f"The numerator {shown(top_cell)} is "
                                                      "more than the denominator "
                                                      f"{shown(bottom_cell)}")
                return None
            return top / bottom, top, bottom
        value = self._number(row, value_cell, labels["value"])
        ok = value is not None
        if is_blank(value_cell):
            self._error(row, labels["value"], f"Enter the value for {name}")
        elif value is not None and value < 0 and measure.kind == "count":
            ok = False
            self._error(row, labels["value"], f"The value {shown(value_cell)} is negative: "
                                              f"{name} is a count, which cannot be below 0")
        for key, cell in (("numerator", top_cell), ("denominator", bottom_cell)):
            if not is_blank(cell):
                ok = False
                self._error(row, labels[key], f"{name} is not a proportion: leave the "
                                              f"{key} empty and give the figure as its value")
        return (value, None, None) if ok else None

    def _period(self, row: int, cell: object, measure: MeasureInfo | None) -> date | None:
        frequency = measure.frequency if measure is not None else ""
        try:
            start, note, error = self._periods[cell, frequency]
        except KeyError:
            start, note, error = self._read_period(cell, measure)
            if len(self._periods) < 50_000:
                self._periods[cell, frequency] = start, note, error
        except TypeError:  # a cell that cannot be a key: read it each time
            start, note, error = self._read_period(cell, measure)
        if error:
            self._error(row, self._labels["period"], error)
        elif note:
            self._note(row, self._labels["period"], note)
        return start

    def _read_period(self, cell: object, measure: MeasureInfo | None
                     ) -> tuple[date | None, str, str]:
        """(period start, a note to show, an error): the start is None on error, and
        also when there is no measure to say what kind of period it is."""
        if is_blank(cell):
            return None, "", "Enter the period: the date it starts, for example 01/03/2026"
        try:
            day = read_date(cell)
        except CellError as error:
            return None, "", error.message
        if measure is None:
            return None, "", ""
        frequency = measure.frequency
        name = shown(measure.name)
        if frequency == "weekly" and day.precision != "day":
            return None, "", (f"{shown(cell)} names a {day.precision}, but {name} is recorded "
                              "weekly: give the date its week starts, for example 02/03/2026")
        if frequency == "monthly" and day.precision == "quarter":
            return None, "", (f"{shown(cell)} names a quarter, but {name} is recorded "
                              "monthly: give the month, for example March 2026")
        start = period_start(day.day, frequency)
        if start > self.today:
            return None, "", (f"{shown(cell)} is in the future: figures can only be recorded "
                              "for periods that have begun")
        if start == day.day:
            return start, "", ""
        words = {"weekly": "week", "monthly": "month", "quarterly": "quarter"}[frequency]
        return start, (f"{shown(cell)} is in the {words} starting {start.day} {start:%B %Y}, "
                       f"so it is recorded as {period_label(start, frequency)}"), ""

    def _place(self, row: int, measure: MeasureInfo, period: date) -> bool | None:
        """Whether the figure replaces one already recorded; None when it cannot go in."""
        seen = self._seen.get(measure.pk)
        if seen is None:
            seen = self._seen[measure.pk] = Seen(measure.frequency, self.existing(measure.pk))
        index = slot(period, measure.frequency)
        first = seen.first_row[index]
        if first:
            when = period_label(period, measure.frequency)
            self._error(row, self._labels["period"],
                        f"{shown(measure.name)} has a figure for {when} on row {first} and "
                        f"again on row {row}: give each period once")
            return None
        seen.first_row[index] = row
        if not seen.existing[index]:
            return False
        if self.replace:
            return True
        self.clashes += 1
        when = period_label(period, measure.frequency)
        self._error(row, self._labels["period"],
                    f"{shown(measure.name)} already has a figure for {when} in Trellis. To "
                    "replace it, choose to replace figures already recorded")
        return None

    def _row(self, row: int, cells: Sequence[object], cols: Columns) -> Figure | None:
        if len(cells) < cols.width:
            cells = [*cells, *([None] * (cols.width - len(cells)))]
        measure_cell, period_cell, value_cell, top_cell, bottom_cell, note_cell = (
            cols.pick(cells))
        if _blank(measure_cell) and all(_blank(c) for c in (
                period_cell, value_cell, top_cell, bottom_cell, note_cell)):
            return None
        self.rows += 1
        errors = self.errors
        measure = self._by_cell.get(measure_cell) if measure_cell.__class__ is str else None
        if measure is None:
            measure = self._measure(row, measure_cell, self._labels["measure"])
        period = self._period(row, period_cell, measure)
        numbers = self._numbers(row, value_cell, top_cell, bottom_cell, measure)
        note = read_text(note_cell)
        if len(note) > MAX_NOTE:
            self._error(row, self._labels["note"], f"The note is {len(note):,} characters "
                                                   f"long: it must be {MAX_NOTE} or fewer")
        if measure is None or period is None:
            return None
        replacing = self._place(row, measure, period)
        if self.errors != errors or numbers is None or replacing is None:
            return None
        return Figure(measure.pk, period, *numbers, note, replacing)

    def figures(self, rows: Iterable[Row]) -> Iterator[Figure]:
        """Check every row; yield a figure for each row without problems. Blank rows are
        passed over."""
        source = iter(rows)
        try:
            try:
                _, header = next(source)
            except StopIteration:
                self._error(1, "", "The file has no rows. The first row must name the "
                                   "columns: measure, period, value and note")
                return
            cols = read_header(header, error=self._error, note=self._note)
            if cols is None:
                return
            self._labels = cols.labels
            progress, every, tallies = self.progress, self.every, self.tallies
            for number, cells in source:
                figure = self._row(number, cells, cols)
                if figure is not None:
                    tally = tallies.get(figure.measure_pk)
                    if tally is None:
                        tally = tallies[figure.measure_pk] = Tally(self._by_pk[figure.measure_pk])
                    tally.count(figure.period, figure.replacing)
                    yield figure
                if progress is not None and number % every == 0:
                    progress(number)
        except RowsUnreadable as error:
            self._error(max(error.row, 1), "", error.message)
            return
        if not self.rows and not self.errors:
            self._error(2, "", "The file has no figures: there are no rows below the column "
                               "names")

    @property
    def added(self) -> int:
        return sum(t.added for t in self.tallies.values())

    @property
    def replaced(self) -> int:
        return sum(t.replaced for t in self.tallies.values())
