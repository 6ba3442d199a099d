"""Barriers × strategies: which strategy addresses which barrier, so an open
barrier with no strategy and a strategy that addresses nothing both show.
Pure: no Django."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class MatrixBarrier:
    pk: int
    description: str
    domain: str  # CFIR domain name
    status: str  # status label
    is_open: bool


@dataclass(frozen=True)
class MatrixStrategy:
    pk: int
    name: str
    category: str  # category label


@dataclass(frozen=True)
class Cell:
    linked: bool
    hidden: str = ""  # words for screen readers, beside "Addresses"


NOT_LINKED = Cell(False)


@dataclass(frozen=True)
class MatrixRow:
    barrier: MatrixBarrier
    cells: tuple[Cell, ...]
    strategies: int  # how many address it


@dataclass(frozen=True)
class Matrix:
    columns: tuple[MatrixStrategy, ...]
    rows: tuple[MatrixRow, ...]
    uncovered: tuple[MatrixBarrier, ...]  # open barriers no strategy addresses
    idle: tuple[MatrixStrategy, ...]  # strategies that address no barrier


def build_matrix(barriers: Iterable[MatrixBarrier], strategies: Iterable[MatrixStrategy],
                 links: Iterable[tuple[int, int]]) -> Matrix:
    """Rows and columns keep the order given. `links` are (strategy pk,
    barrier pk) pairs; any naming a barrier or strategy not given is ignored."""
    barriers, columns = tuple(barriers), tuple(strategies)
    row_pks = {b.pk for b in barriers}
    column_pks = {s.pk for s in columns}
    linked = {(s, b) for s, b in links if s in column_pks and b in row_pks}
    rows = []
    for barrier in barriers:
        cells = tuple(
            Cell(True, f"{strategy.name} addresses this barrier")
            if (strategy.pk, barrier.pk) in linked else NOT_LINKED
            for strategy in columns
        )
        rows.append(MatrixRow(barrier, cells, sum(cell.linked for cell in cells)))
    busy = {s for s, _ in linked}
    return Matrix(
        columns=columns,
        rows=tuple(rows),
        uncovered=tuple(r.barrier for r in rows if r.barrier.is_open and not r.strategies),
        idle=tuple(s for s in columns if s.pk not in busy),
    )
