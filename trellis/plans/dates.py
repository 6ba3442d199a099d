"""Reading the date someone types to see the plan as it stood then. Pure."""

import calendar
import re
from datetime import date

_UK = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
EXAMPLE = "Enter a date like 27/03/2026 or 2026-03-27"


class DateProblem(ValueError):
    """The text is not a real date; the message says what to type."""


def parse_date(text: str) -> date:
    """A date written dd/mm/yyyy or yyyy-mm-dd."""
    text = (text or "").strip()
    if not text:
        raise DateProblem("Enter a date")
    if match := _UK.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise DateProblem(EXAMPLE)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem(f"{text} is not a real date. {EXAMPLE}") from None


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier, or that month's last day
    when it is shorter (31 August less six months is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
