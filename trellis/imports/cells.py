"""One cell of an import file read as what it should hold: a date naming a period, or
a number. Each reader returns the value or raises CellError with a message a person
can act on.

Dates are read the UK way: 31/03/2026 (day first) or 2026-03-31 (ISO). A date that
could only be American (12/31/2026), one that does not exist (31/02/2026) or one with
a two-digit year (03/04/26) is refused rather than guessed. Months and quarters may
be named ("Mar 2026", "March 2026", "Q1 2026").

Plain Python: no Django imports."""

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache

FIRST_YEAR = 1900
LAST_YEAR = 2100
LARGEST = 1e12

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)})
_MONTHS["sept"] = 9

_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
                  r"(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}:?\d{2})?)?",
                  re.ASCII)
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d+)"
                        r"(?: \d{1,2}:\d{2}(?::\d{2})?)?", re.ASCII)
_NAMED = re.compile(r"(?:(\d{1,2})(?:st|nd|rd|th)?[ -])?([a-z]{3,9})\.?,?[ -](\d+)",
                    re.ASCII)
_QUARTER = re.compile(r"q([1-4])[ -]?(\d{4})|(\d{4})[ -]?q([1-4])", re.ASCII)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?", re.ASCII | re.IGNORECASE)
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", re.ASCII)
_SPACES = re.compile(r"\s+")


class CellError(ValueError):
    """The cell cannot be read; the message says why, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Day:
    """A date read from a cell, and how precise the cell was: "day", "month" or
    "quarter" (a named month or quarter starts on its first day)."""

    day: date
    precision: str = "day"


def shown(value: object, limit: int = 40) -> str:
    """A cell's content as quoted in a message, shortened if long."""
    if isinstance(value, datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    return f"\u2018{text}\u2019"


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _in_range(year: int, raw: object) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise CellError(f"{shown(raw)} is not a date Trellis can record: the year must be "
                        f"between {FIRST_YEAR} and {LAST_YEAR}")


def _real(year: int, month: int, day: int, raw: object) -> date:
    _in_range(year, raw)
    if not 1 <= month <= 12:
        raise CellError(f"{shown(raw)} is not a real date: there is no month {month}")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise CellError(f"{shown(raw)} is not a real date: {MONTH_NAMES[month - 1]} {year} "
                        f"has {days} days")
    return date(year, month, day)


def _two_digit_year(raw: object) -> CellError:
    return CellError(f"{shown(raw)} has a two-digit year, which could mean more than one "
                     "century: write the year in full, for example 31/03/2026")


def _day_first(match: re.Match, raw: object) -> Day:
    day, month, year_text = int(match[1]), int(match[3]), match[4]
    if len(year_text) == 2:
        raise _two_digit_year(raw)
    if len(year_text) != 4:
        raise CellError(f"{shown(raw)} is not a date: write it as day/month/year, for "
                        "example 31/03/2026")
    year = int(year_text)
    if month > 12 and 1 <= day <= 12:
        # Only makes sense month first: an American date, never guessed.
        _in_range(year, raw)
        if 1 <= month <= calendar.monthrange(year, day)[1]:
            raise CellError(f"{shown(raw)} is not a UK date (day/month/year): there is no "
                            f"month {month}. If you meant {month} {MONTH_NAMES[day - 1]} "
                            f"{year}, write {month:02d}/{day:02d}/{year}")
    return Day(_real(year, month, day, raw))


def _named(match: re.Match, raw: object) -> Day:
    day_text, month_name, year_text = match[1], match[2], match[3]
    month = _MONTHS.get(month_name)
    if month is None:
        raise CellError(f"{shown(raw)} is not a date: {shown(month_name)} is not the name of "
                        "a month")
    if len(year_text) == 2:
        raise _two_digit_year(raw)
    if len(year_text) != 4:
        raise CellError(f"{shown(raw)} is not a date: write the year in full, for example "
                        "March 2026")
    if day_text is None:
        return Day(_real(int(year_text), month, 1, raw), "month")
    return Day(_real(int(year_text), month, int(day_text), raw))


@lru_cache(maxsize=8192)
def _read_text_date(text: str) -> Day:
    raw = text
    text = _SPACES.sub(" ", text.strip()).lower()
    if match := _ISO.fullmatch(text):
        return Day(_real(int(match[1]), int(match[2]), int(match[3]), raw))
    if match := _DAY_FIRST.fullmatch(text):
        return _day_first(match, raw)
    if match := _ISO_MONTH.fullmatch(text):
        return Day(_real(int(match[1]), int(match[2]), 1, raw), "month")
    if match := _QUARTER.fullmatch(text):
        quarter, year = (match[1], match[2]) if match[1] else (match[4], match[3])
        return Day(_real(int(year), 3 * int(quarter) - 2, 1, raw), "quarter")
    if match := _NAMED.fullmatch(text):
        return _named(match, raw)
    raise CellError(f"{shown(raw)} is not a date: write it as day/month/year, for example "
                    "31/03/2026, or as 2026-03-31")


def read_date(value: object) -> Day:
    """The date a cell names. Spreadsheet date cells arrive as dates already."""
    if isinstance(value, datetime):
        _in_range(value.year, value)
        return Day(value.date())
    if isinstance(value, date):
        _in_range(value.year, value)
        return Day(value)
    if isinstance(value, str):
        try:
            return _read_text_date(value)
        except CellError as error:
            raise CellError(error.message) from None
    if isinstance(value, bool | int | float):
        raise CellError(f"{shown(value)} is a number, not a date: format the cell as a date, "
                        "or type the date as day/month/year, for example 31/03/2026")
    raise CellError(f"{shown(value)} is not a date: write it as day/month/year, for "
                    "example 31/03/2026")


def read_number(value: object) -> float:
    """A number from a cell: digits with an optional sign, decimal point, exponent or
    thousands commas (1,234). Never a formula, a percentage or text."""
    if isinstance(value, bool):
        raise CellError(f"{shown(value)} is not a number")
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if _NUMBER.fullmatch(text):
            number = float(text)
        elif _GROUPED.fullmatch(text):
            number = float(text.replace(",", ""))
        elif text.startswith("="):
            raise CellError(f"{shown(value)} is a formula, not a number: Trellis does not "
                            "work out formulas. Type the figure itself")
        elif text.endswith("%") and _NUMBER.fullmatch(text[:-1].strip()):
            raise CellError(f"{shown(value)} is not a number: leave out the % sign")
        else:
            raise CellError(f"{shown(value)} is not a number")
    elif isinstance(value, time | date):
        raise CellError(f"{shown(value)} is a date or time, not a number")
    else:
        raise CellError(f"{shown(value)} is not a number")
    if not math.isfinite(number) or abs(number) > LARGEST:
        raise CellError(f"{shown(value)} is too large a number to record")
    return number


def read_text(value: object) -> str:
    """Any cell as text: whole numbers without a trailing .0, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
