"""Which periods a measure has, remembered in little memory however long the file.

Each possible period from 1900 to 2100 gets a small whole number (its slot); for each
measure the file names, an array holds the row that first gave each period (four bytes
a slot) and a byte array which periods already have a figure in Trellis. A weekly
measure takes about 50 KB, a monthly one about 12 KB, whatever the number of rows.

Plain Python: no Django imports."""

from array import array
from collections.abc import Iterable
from datetime import date

from .cells import FIRST_YEAR, LAST_YEAR

_FIRST_MONDAY = date(FIRST_YEAR - 1, 12, 25).toordinal()  # a Monday, before 1 Jan 1900
SLOTS = {
    "weekly": (date(LAST_YEAR, 12, 31).toordinal() - _FIRST_MONDAY) // 7 + 1,
    "monthly": (LAST_YEAR - FIRST_YEAR + 1) * 12,
    "quarterly": (LAST_YEAR - FIRST_YEAR + 1) * 4,
}


def slot(period: date, frequency: str) -> int:
    """A small whole number for each possible period of a frequency, from 0."""
    if frequency == "weekly":
        return (period.toordinal() - _FIRST_MONDAY) // 7
    if frequency == "monthly":
        return (period.year - FIRST_YEAR) * 12 + period.month - 1
    return (period.year - FIRST_YEAR) * 4 + (period.month - 1) // 3


class Seen:
    """For one measure: the row of the file that first gave each period, and which
    periods already have a figure in Trellis."""

    __slots__ = ("existing", "first_row")

    def __init__(self, frequency: str, existing: Iterable[date]) -> None:
        size = SLOTS[frequency]
        self.first_row = array("I", bytes(4 * size))
        self.existing = bytearray(size)
        for period in existing:
            index = slot(period, frequency)
            if 0 <= index < size:
                self.existing[index] = 1
