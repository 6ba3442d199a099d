"""Reporting periods of a measure: weekly (weeks start on Monday), monthly or
quarterly (calendar quarters). A period is stored as the date it starts on.

Plain Python: no Django imports."""

from datetime import date, timedelta
from enum import StrEnum


class Frequency(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def period_start(day: date, frequency: str) -> date:
    """The first day of the period `day` falls in."""
    frequency = Frequency(frequency)
    if frequency is Frequency.WEEKLY:
        return day - timedelta(days=day.weekday())
    if frequency is Frequency.MONTHLY:
        return day.replace(day=1)
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_period(start: date, frequency: str) -> date:
    """The first day of the period after the one starting on `start`."""
    frequency = Frequency(frequency)
    start = period_start(start, frequency)
    if frequency is Frequency.WEEKLY:
        return start + timedelta(days=7)
    step = 1 if frequency is Frequency.MONTHLY else 3
    month = start.month - 1 + step
    return date(start.year + month // 12, month % 12 + 1, 1)


def previous_period(start: date, frequency: str) -> date:
    """The first day of the period before the one `start` falls in."""
    return period_start(period_start(start, frequency) - timedelta(days=1), frequency)


def period_label(start: date, frequency: str) -> str:
    """How people name the period: "Week of 2 March 2026", "March 2026", "Jan to Mar 2026"."""
    frequency = Frequency(frequency)
    start = period_start(start, frequency)
    if frequency is Frequency.WEEKLY:
        return f"Week of {start.day} {_MONTHS[start.month - 1]} {start.year}"
    if frequency is Frequency.MONTHLY:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    first = _MONTHS[start.month - 1][:3]
    last = _MONTHS[start.month + 1][:3]
    return f"{first} to {last} {start.year}"


def short_label(start: date, frequency: str) -> str:
    """A label short enough for a chart axis: "2 Mar 26", "Mar 2026", "Q1 2026"."""
    frequency = Frequency(frequency)
    if frequency is Frequency.WEEKLY:
        return f"{start.day} {_MONTHS[start.month - 1][:3]} {start.year % 100:02d}"
    if frequency is Frequency.MONTHLY:
        return f"{_MONTHS[start.month - 1][:3]} {start.year}"
    return f"Q{(start.month - 1) // 3 + 1} {start.year}"


def latest_due(today: date, frequency: str) -> date:
    """The start of the latest period whose data could be in by `today`: the period
    before the current one (this month's figure is due once the month is over)."""
    return previous_period(today, frequency)


def periods_missing(latest: date | None, today: date, frequency: str) -> int:
    """How many whole periods of data are overdue, given the latest period that has a
    value. With no data at all, nothing is counted as overdue here."""
    if latest is None:
        return 0
    due = latest_due(today, frequency)
    count = 0
    cursor = period_start(latest, frequency)
    while cursor < due:
        cursor = next_period(cursor, frequency)
        count += 1
    return count
