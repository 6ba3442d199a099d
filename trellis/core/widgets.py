"""Widgets for GOV.UK components that Django has no widget for."""

import datetime
import re
from typing import Any

from django import forms

# (name, label, width in characters) for each box of a GOV.UK date input.
DATE_PARTS = (("day", "Day", 2), ("month", "Month", 2), ("year", "Year", 4))

_ERROR_CLASS = "govuk-input--error"
_DAY_OR_MONTH = re.compile(r"\d{1,2}", re.ASCII)
_YEAR = re.compile(r"\d{4}", re.ASCII)


def _real_date(day: str, month: str, year: str) -> datetime.date | None:
    if not (
        _DAY_OR_MONTH.fullmatch(day) and _DAY_OR_MONTH.fullmatch(month) and _YEAR.fullmatch(year)
    ):
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


class DateParts(str):
    """The day, month and year as the user typed them.

    As a string it is the ISO date when the parts make a real date, so any
    DateField can parse it, and "day/month/year" as typed otherwise, so a
    plain DateField refuses it cleanly. GovUKDateField reads the parts to say
    exactly what is wrong, and the widget shows them again unchanged.
    """

    day: str
    month: str
    year: str

    def __new__(cls, day: str, month: str, year: str) -> "DateParts":
        real = _real_date(day, month, year)
        text = real.isoformat() if real else f"{day}/{month}/{year}"
        parts = super().__new__(cls, text)
        parts.day, parts.month, parts.year = day, month, year
        return parts

    @property
    def missing(self) -> list[str]:
        """Names of the parts left blank, in order: ["month", "year"]."""
        values = (self.day, self.month, self.year)
        return [name for (name, _, _), value in zip(DATE_PARTS, values, strict=True) if not value]

    def to_date(self) -> datetime.date | None:
        return _real_date(self.day, self.month, self.year)


class GovUKDateInput(forms.MultiWidget):
    """Day, month and year boxes (the GOV.UK date input).

    The submitted value is "" when all three are blank and a DateParts
    otherwise, so a bad date becomes a form error, never a server error.
    """

    template_name = "core/forms/widgets/date_input.html"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        widgets = {
            name: forms.TextInput(attrs={"inputmode": "numeric"}) for name, _, _ in DATE_PARTS
        }
        super().__init__(widgets, attrs)

    def decompress(self, value: Any) -> list[str | None]:
        if isinstance(value, DateParts):
            return [value.day, value.month, value.year]
        if isinstance(value, str) and value:
            try:
                value = datetime.date.fromisoformat(value)
            except ValueError:
                return [None, None, None]
        if isinstance(value, datetime.date):
            return [str(value.day), str(value.month), str(value.year)]
        return [None, None, None]

    def value_from_datadict(self, data, files, name: str) -> str:
        day, month, year = (
            str(value or "").strip() for value in super().value_from_datadict(data, files, name)
        )
        if not (day or month or year):
            return ""
        return DateParts(day, month, year)

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None):
        context = super().get_context(name, value, attrs)
        classes = context["widget"]["attrs"].get("class", "").split()
        has_error = _ERROR_CLASS in classes
        extra = [c for c in classes if c != _ERROR_CLASS]
        # Mark only the blank boxes when some were left blank, else all three.
        missing = value.missing if isinstance(value, DateParts) else []
        for part, (name_, label, width) in zip(
            context["widget"]["subwidgets"], DATE_PARTS, strict=True
        ):
            part_classes = ["govuk-input", "govuk-date-input__input", f"govuk-input--width-{width}"]
            part_has_error = has_error and (not missing or name_ in missing)
            if part_has_error:
                part_classes.append(_ERROR_CLASS)
            else:
                part["attrs"].pop("aria-invalid", None)
            part["attrs"]["class"] = " ".join(part_classes + extra)
            part["label"] = label
        return context
