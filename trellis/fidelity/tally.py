"""Counting fidelity ratings, and the fidelity measure's figure for a period.

Fidelity to a component is the share of episodes where it was delivered as
intended, out of the episodes where it applied: ratings of "not applicable"
are left out of both. Plain Python: no Django imports."""

import calendar
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

AS_INTENDED = "as-intended"
PARTLY = "partly"
NOT_DELIVERED = "not-delivered"
NOT_APPLICABLE = "not-applicable"
RATINGS = (AS_INTENDED, PARTLY, NOT_DELIVERED, NOT_APPLICABLE)


@dataclass(frozen=True)
class Tally:
    as_intended: int = 0
    partly: int = 0
    not_delivered: int = 0
    not_applicable: int = 0

    @classmethod
    def of(cls, counts: Mapping[str, int]) -> "Tally":
        """A tally from {rating: count}; unknown ratings are refused."""
        unknown = set(counts) - set(RATINGS)
        if unknown:
            raise ValueError(f"Unknown fidelity ratings: {sorted(unknown)}")
        return cls(counts.get(AS_INTENDED, 0), counts.get(PARTLY, 0),
                   counts.get(NOT_DELIVERED, 0), counts.get(NOT_APPLICABLE, 0))

    @classmethod
    def count(cls, ratings: Iterable[str]) -> "Tally":
        counts: dict[str, int] = {}
        for rating in ratings:
            counts[rating] = counts.get(rating, 0) + 1
        return cls.of(counts)

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.as_intended + other.as_intended, self.partly + other.partly,
                     self.not_delivered + other.not_delivered,
                     self.not_applicable + other.not_applicable)

    @property
    def checks(self) -> int:
        return self.applied + self.not_applicable

    @property
    def applied(self) -> int:
        """Episodes where the component applied: every rating but "not applicable"."""
        return self.as_intended + self.partly + self.not_delivered

    @property
    def share(self) -> float | None:
        """Delivered as intended ÷ applied, or None when it never applied."""
        return self.as_intended / self.applied if self.applied else None

    @property
    def percent(self) -> str:
        share = self.share
        return "–" if share is None else f"{round(share * 100)}%"


def figures(tally: Tally) -> tuple[int, int] | None:
    """(numerator, denominator) of the fidelity measure for a period, or None
    when the component applied in no episode (the period has no figure)."""
    return (tally.as_intended, tally.applied) if tally.applied else None


def point_note(tally: Tally) -> str:
    """What the chart's data table says about where a period's figure came from."""
    return (f"From {tally.applied} fidelity check{'' if tally.applied == 1 else 's'} where it "
            f"applied: {tally.as_intended} as intended, {tally.partly} partly, "
            f"{tally.not_delivered} not delivered")


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the last day of a shorter month)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


Row = TypeVar("Row")


def weakest_first(rows: Iterable[Row], recent: Callable[[Row], Tally],
                  total: Callable[[Row], Tally]) -> list[Row]:
    """Rows ordered weakest first: by the recent share delivered as intended,
    then the share over all time; components with no figure come last. Equal
    rows keep their order (the plan's order of components)."""

    def key(row: Row) -> tuple:
        shares = (recent(row).share, total(row).share)
        return tuple((s is None, s if s is not None else 0.0) for s in shares)

    return sorted(rows, key=key)
