"""Which slices of the Evidence Pie support each root cause.

The framework asks local areas to triangulate: a cause that several kinds of
evidence point to is more credible than one resting on a single source, and
a cause with no evidence at all is a hunch. Plain Python on plain tuples, so
it is tested without a database."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CauseSupport:
    """One root cause and how many linked evidence items each slice gives it."""

    cause: int
    statement: str
    counts: tuple[int, ...]  # in the order of Triangulation.slices

    @property
    def slices(self) -> int:
        """How many different slices support the cause."""
        return sum(1 for n in self.counts if n)

    @property
    def items(self) -> int:
        return sum(self.counts)

    @property
    def is_hunch(self) -> bool:
        return self.items == 0

    @property
    def summary(self) -> str:
        if self.is_hunch:
            return "Hunch: no evidence yet"
        return f"Supported by {self.slices} slice{'s' if self.slices != 1 else ''}"


@dataclass(frozen=True)
class Triangulation:
    slices: tuple[str, ...]
    rows: tuple[CauseSupport, ...]

    @property
    def causes_per_slice(self) -> tuple[int, ...]:
        """For each slice, how many root causes it supports."""
        return tuple(sum(1 for row in self.rows if row.counts[i])
                     for i in range(len(self.slices)))

    @property
    def unused_slices(self) -> tuple[str, ...]:
        """Slices that support no root cause at all."""
        return tuple(s for s, n in zip(self.slices, self.causes_per_slice, strict=True) if not n)

    @property
    def hunches(self) -> tuple[CauseSupport, ...]:
        return tuple(row for row in self.rows if row.is_hunch)


def triangulate(causes: Iterable[tuple[int, str]], links: Iterable[tuple[int, str]],
                slices: Sequence[str]) -> Triangulation:
    """`causes` are (id, statement) in display order; `links` are
    (cause id, slice slug), one per linked evidence item; `slices` are the
    slice slugs in column order. Links to unknown causes or slices are ignored."""
    columns = {slug: i for i, slug in enumerate(slices)}
    ordered = list(causes)
    counts = {cause_id: [0] * len(columns) for cause_id, _ in ordered}
    for cause_id, slug in links:
        if cause_id in counts and slug in columns:
            counts[cause_id][columns[slug]] += 1
    rows = tuple(CauseSupport(cause_id, statement, tuple(counts[cause_id]))
                 for cause_id, statement in ordered)
    return Triangulation(tuple(slices), rows)
