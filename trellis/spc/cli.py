"""``trellis spc FILE.csv`` (or ``python -m trellis.spc FILE.csv``): XmR charts for many
series at once, one CSV row per point, so analysts can check figures outside the app.

The file has a header row with the columns

    series_id,date,value,improvement_direction,target,rebase_dates

``improvement_direction`` is ``increase``, ``decrease`` or ``neither``; ``target`` may be
empty; ``rebase_dates`` lists the dates (separated by ``;``) from which the limits are
worked out afresh. Direction, target and rebase dates are read from a series' rows and must
agree where given. Dates are ISO (2026-03-01) or UK (01/03/2026). Each series is charted in
date order.

Output, one row per point: series_id, date, value, mean, lower and upper process limits,
classification (``common_cause``, ``special_cause_improvement``, ``special_cause_concern``,
``special_cause_neither_high``, ``special_cause_neither_low``), the rules that fired and
the reason. With ``--summary``, one row per series with its variation and assurance icons.
Bad input prints one line on stderr naming the line and column, and exits with status 2.
"""

from __future__ import annotations

import argparse
import csv
import sys
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from math import isfinite
from pathlib import Path
from typing import TextIO

from .charts import SpcInputError, xmr
from .icons import number
from .model import HIGH_RULES, Chart, Rule, Signal

COLUMNS = ("series_id", "date", "value", "improvement_direction", "target", "rebase_dates")
DIRECTIONS = {"increase": "up", "decrease": "down", "neither": "neither"}
POINT_HEADER = ("series_id", "date", "value", "mean", "lower_process_limit",
                "upper_process_limit", "classification", "rules", "reason")
SUMMARY_HEADER = ("series_id", "points", "variation_icon", "variation", "assurance_icon",
                  "assurance", "summary")


class InputError(Exception):
    """A problem with the file or the options, shown as one line."""


@dataclass
class Series:
    series_id: str
    points: list[tuple[date, float, int]] = field(default_factory=list)  # (date, value, line)
    direction: str | None = None
    target: float | None = None
    rebase: tuple[date, ...] | None = None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not usage + error
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _parser(prog: str) -> argparse.ArgumentParser:
    p = _Parser(prog=prog, description="XmR charts (NHS England Making Data Count rules) for "
                                       "each series in a CSV file.")
    p.add_argument("file", help="CSV with the columns " + ",".join(COLUMNS))
    p.add_argument("--run-length", type=int, choices=[6, 7], default=6,
                   help="points in a shift or trend (default: 6, as MDC)")
    p.add_argument("--screen-outliers", action="store_true",
                   help="leave out moving ranges above 3.267 x their mean when working out "
                        "the limits (as NHSRplotthedots)")
    p.add_argument("--summary", action="store_true",
                   help="one row per series with its variation and assurance icons")
    return p


def main(argv: Sequence[str] | None = None, prog: str = "python -m trellis.spc",
         out: TextIO | None = None) -> int:
    args = _parser(prog).parse_args(argv)
    out = out or sys.stdout
    try:
        series = read(Path(args.file))
        charts = [(s, chart_of(s, args.run_length, args.screen_outliers)) for s in series]
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    writer = csv.writer(out, lineterminator="\n")
    if args.summary:
        writer.writerow(SUMMARY_HEADER)
        writer.writerows(summary_row(s, chart) for s, chart in charts)
    else:
        writer.writerow(POINT_HEADER)
        for s, chart in charts:
            writer.writerows(point_rows(s, chart))
    return 0


# --- Reading ------------------------------------------------------------------

def read(path: Path) -> list[Series]:
    """The series in the file, in order of first appearance, each sorted by date."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a CSV file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{path}: cannot read it ({error})") from None
    if not rows:
        raise InputError(f"{path}: the file is empty")
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(f"{path}: the header has no {', '.join(missing)} column "
                         f"(expected {','.join(COLUMNS)})")
    at = {name: header.index(name) for name in COLUMNS}
    found: dict[str, Series] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cell = {name: (row[i].strip() if i < len(row) else "") for name, i in at.items()}
        where = f"{path}, line {line}"
        if not cell["series_id"]:
            raise InputError(f"{where}, series_id: empty")
        s = found.setdefault(cell["series_id"], Series(cell["series_id"]))
        day = _date(cell["date"], f"{where}, date")
        s.points.append((day, _number(cell["value"], f"{where}, value"), line))
        _agree(s, "direction", _direction(cell["improvement_direction"], where), where)
        target = (_number(cell["target"], f"{where}, target") if cell["target"] else None)
        _agree(s, "target", target, where)
        rebase = (tuple(sorted({_date(d.strip(), f"{where}, rebase_dates")
                                for d in cell["rebase_dates"].split(";") if d.strip()}))
                  if cell["rebase_dates"] else None)
        _agree(s, "rebase", rebase, where)
    if not found:
        raise InputError(f"{path}: no data rows after the header")
    for s in found.values():
        s.points.sort()
        for (a, _, first), (b, _, second) in zip(s.points, s.points[1:], strict=False):
            if a == b:
                raise InputError(f"{path}, lines {first} and {second}: series "
                                 f"{s.series_id!r} has two values for {a.isoformat()}")
    return list(found.values())


def _agree(s: Series, name: str, value, where: str) -> None:
    """A series' setting, given on any of its rows, must be the same wherever given."""
    if value is None:
        return
    before = getattr(s, name)
    if before is not None and before != value:
        column = {"direction": "improvement_direction", "rebase": "rebase_dates"}.get(name, name)
        raise InputError(f"{where}, {column}: differs from an earlier row of series "
                         f"{s.series_id!r}")
    setattr(s, name, value)


def _direction(cell: str, where: str) -> str | None:
    if not cell:
        return None
    try:
        return DIRECTIONS[cell.lower()]
    except KeyError:
        raise InputError(f'{where}, improvement_direction: "{cell}" is not increase, '
                         "decrease or neither") from None


def _date(cell: str, where: str) -> date:
    if not cell:
        raise InputError(f"{where}: empty (every row needs a date)")
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(cell, pattern).date()
        except ValueError:
            continue
    raise InputError(f'{where}: "{cell}" is not a date (use 2026-03-01 or 01/03/2026)')


def _number(cell: str, where: str) -> float:
    if not cell:
        raise InputError(f"{where}: empty (every row needs a number)")
    try:
        x = float(cell)
    except ValueError:
        raise InputError(f'{where}: "{cell}" is not a number') from None
    if not isfinite(x):
        raise InputError(f'{where}: "{cell}" is not a finite number')
    return x


# --- Charting and writing -----------------------------------------------------

def chart_of(s: Series, run_length: int = 6, screen_outliers: bool = False) -> Chart:
    days = [d for d, _, _ in s.points]
    # A rebase date starts a new section at the first point on or after it.
    recalculate_at = sorted({i for r in (s.rebase or ())
                             if 0 < (i := bisect_left(days, r)) < len(days)})
    try:
        return xmr([v for _, v, _ in s.points], direction=s.direction or "up",
                   target=s.target, recalculate_at=recalculate_at, run_length=run_length,
                   screen_outliers=screen_outliers)
    except SpcInputError as error:
        raise InputError(f"series {s.series_id!r}: {error}") from None


def classification(signal: Signal, rules: Rule) -> str:
    if signal is Signal.IMPROVEMENT:
        return "special_cause_improvement"
    if signal is Signal.CONCERN:
        return "special_cause_concern"
    if signal is Signal.NEITHER:
        return ("special_cause_neither_high" if rules & HIGH_RULES
                else "special_cause_neither_low")
    return "common_cause"


def rule_names(rules: Rule) -> str:
    return ";".join(r.name.lower() for r in Rule if r in rules)


def _fixed(x: float | None) -> str:
    return "" if x is None else number(round(x, 4))


def point_rows(s: Series, chart: Chart) -> list[tuple]:
    return [(s.series_id, day.isoformat(), number(value), _fixed(chart.means[i]),
             _fixed(chart.lower_limits[i] if chart.lower_limits else None),
             _fixed(chart.upper_limits[i] if chart.upper_limits else None),
             classification(chart.signals[i], chart.rules[i]), rule_names(chart.rules[i]),
             "; ".join(chart.reasons[i]))
            for i, (day, value, _) in enumerate(s.points)]


def summary_row(s: Series, chart: Chart) -> tuple:
    variation, assurance = chart.variation_icon, chart.assurance_icon
    return (s.series_id, len(s.points), variation.value if variation else "",
            variation.label if variation else "", assurance.value if assurance else "",
            assurance.label if assurance else "", chart.summary)
