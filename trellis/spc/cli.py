"""``python -m trellis.spc FILE.csv``: an SPC chart as a table, so figures can be checked
outside the app.

The CSV needs a header: ``date,value`` or just ``value`` for an XmR chart, or
``numerator,denominator`` (with an optional ``date``) for a p-chart. Point numbers in the
table, ``--baseline`` and ``--recalculate-at`` count from 1. Bad input prints one line on
stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from math import isfinite
from pathlib import Path

from .charts import SpcInputError, p_chart, xmr
from .icons import number
from .model import Chart, ChartKind, Direction


class InputError(Exception):
    """A problem with the file or the options, shown as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not usage + error
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m trellis.spc",
                description="Statistical process control chart (NHS England Making Data Count "
                            "rules) for the values in a CSV file.")
    p.add_argument("file", help="CSV with a header: date,value or value (XmR chart), or "
                                "numerator,denominator (p-chart)")
    p.add_argument("--direction", choices=[d.value for d in Direction], default="up",
                   help="which way is better (default: up)")
    p.add_argument("--target", type=float,
                   help="target, for the assurance icon (a proportion for a p-chart)")
    p.add_argument("--baseline", type=int, metavar="N",
                   help="take the limits from the first N points and extend them")
    p.add_argument("--recalculate-at", type=int, nargs="+", action="extend", default=[],
                   metavar="N", help="start a new section at point N (counting from 1)")
    p.add_argument("--run-length", type=int, choices=[6, 7], default=6,
                   help="points in a shift or trend (default: 6, as MDC)")
    p.add_argument("--screen-outliers", action="store_true",
                   help="leave out moving ranges above 3.267 x their mean (as "
                        "NHSRplotthedots); XmR only")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        labels, columns = read_csv(Path(args.file))
        chart = _chart(args, columns)
    except (InputError, SpcInputError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(render(chart, labels))
    return 0


def _chart(args: argparse.Namespace, columns: dict[str, list[float]]) -> Chart:
    n = len(next(iter(columns.values())))
    for point in args.recalculate_at:
        if not 2 <= point <= n:
            raise InputError(f"--recalculate-at {point}: use a point number from 2 to {n}")
    options = dict(direction=args.direction, target=args.target, baseline=args.baseline,
                   recalculate_at=sorted({p - 1 for p in args.recalculate_at}),
                   run_length=args.run_length)
    if "value" in columns:
        return xmr(columns["value"], screen_outliers=args.screen_outliers, **options)
    if args.screen_outliers:
        raise InputError("--screen-outliers applies to XmR charts only, not p-charts")
    return p_chart(columns["numerator"], columns["denominator"], **options)


def read_csv(path: Path) -> tuple[list[str] | None, dict[str, list[float]]]:
    """Labels (the date column, if any) and the numeric columns, by lower-case name."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = [(n, row) for n, row in enumerate(csv.reader(handle), start=1)
                    if any(cell.strip() for cell in row)]
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a CSV file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{path}: cannot read it ({error})") from None
    if not rows:
        raise InputError(f"{path}: the file is empty")
    header = [cell.strip().lower() for cell in rows[0][1]]
    if "value" in header:
        wanted = ["value"]
    elif "numerator" in header and "denominator" in header:
        wanted = ["numerator", "denominator"]
    else:
        raise InputError(f'{path}: the first row must be a header with a "value" column '
                         '("date,value" or "value"), or "numerator,denominator"')
    if len(rows) < 2:
        raise InputError(f"{path}: no data rows after the header")
    columns: dict[str, list[float]] = {name: [] for name in wanted}
    where = {name: header.index(name) for name in wanted}
    for line, row in rows[1:]:
        for name in wanted:
            cell = row[where[name]].strip() if where[name] < len(row) else ""
            columns[name].append(_number(cell, f"{path}, line {line}, {name}"))
    labels = None
    if "date" in header:
        k = header.index("date")
        labels = [row[k].strip() if k < len(row) else "" for _, row in rows[1:]]
    return labels, columns


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


def render(chart: Chart, labels: list[str] | None = None) -> str:
    digits = 4 if chart.kind is ChartKind.P else 2

    def fixed(x: float | None) -> str:
        return "" if x is None else f"{x:.{digits}f}"

    head = ["#", *(["date"] if labels else []),
            *(["numerator", "denominator"] if chart.kind is ChartKind.P else []),
            "value", "mean", "lower limit", "upper limit", "lower 2-sigma", "upper 2-sigma",
            "signal", "reasons"]
    rows = []
    for p in chart.points:
        rows.append([str(p.index + 1), *([labels[p.index]] if labels else []),
                     *([number(p.numerator), number(p.denominator)]
                       if chart.kind is ChartKind.P else []),
                     number(p.value) if chart.kind is ChartKind.XMR else fixed(p.value),
                     fixed(p.mean), fixed(p.lower_limit), fixed(p.upper_limit),
                     fixed(p.lower_two_sigma), fixed(p.upper_two_sigma), p.signal.value,
                     "; ".join(p.reasons)])
    widths = [max(len(r[k]) for r in [head, *rows]) for k in range(len(head))]
    left = {0, len(head) - 1, len(head) - 2} | ({1} if labels else set())
    lines = ["  ".join(cell.ljust(w) if k in left else cell.rjust(w)
                       for k, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip()
             for row in [head, *rows]]
    lines.append("")
    for k, s in enumerate(chart.sections, start=1):
        text = f"Section {k}: points {s.start + 1}-{s.stop}, mean {fixed(s.mean)}"
        if s.basis_stop < s.stop:
            text += f" (from points {s.start + 1}-{s.basis_stop}, the baseline)"
        if s.mean_moving_range is not None:
            text += f", mean moving range {fixed(s.mean_moving_range)}"
            if s.moving_ranges_excluded:
                text += f" ({s.moving_ranges_excluded} outlying moving range(s) left out)"
        lines.append(text)
    variation = chart.variation_icon.label if chart.variation_icon else "none (too few points)"
    if chart.assurance_icon:
        assurance = chart.assurance_icon.label
    elif chart.target is None:
        assurance = "none (no target)"
    else:
        assurance = "none" if chart.has_limits else "none (too few points)"
    lines += [f"Variation: {variation}", f"Assurance: {assurance}", f"Summary: {chart.summary}"]
    lines += [f"Note: {note}" for note in chart.notes]
    return "\n".join(lines)
