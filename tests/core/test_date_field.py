"""GovUKDateField and GovUKDateInput: day, month and year boxes that refuse bad
dates with a plain message, never a server error."""

import datetime

import pytest
from django import forms

from tests.core.html import find, find_all
from trellis.core.forms import GovUKDateField, GovUKFormRenderer
from trellis.core.widgets import GovUKDateInput


class ReviewForm(forms.Form):
    default_renderer = GovUKFormRenderer
    review_date = GovUKDateField(help_text="For example, 27 3 2026")


def _submit(day="", month="", year="", form_class=ReviewForm):
    return form_class(
        data={"review_date_day": day, "review_date_month": month, "review_date_year": year}
    )


def _error(form) -> str:
    assert not form.is_valid()
    return form.errors["review_date"][0]


def test_accepts_a_real_date():
    form = _submit("27", "3", "2026")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["review_date"] == datetime.date(2026, 3, 27)


def test_accepts_leading_zeros_and_spaces():
    form = _submit(" 07", "03 ", "2026")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["review_date"] == datetime.date(2026, 3, 7)


@pytest.mark.parametrize(
    ("day", "month", "year"),
    [("31", "2", "2026"), ("x", "3", "2026"), ("27", "13", "2026"), ("27", "March!", "2026")],
)
def test_refuses_a_date_that_does_not_exist(day, month, year):
    assert _error(_submit(day, month, year)) == "Enter a real date"


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("27", "3", "", "Date must include a year"),
        ("", "3", "", "Date must include a day and year"),
        ("27", "", "2026", "Date must include a month"),
    ],
)
def test_says_which_part_is_missing(day, month, year, message):
    assert _error(_submit(day, month, year)) == message


def test_refuses_a_two_digit_year():
    assert _error(_submit("27", "3", "26")) == "Year must include 4 numbers"


def test_blank_date_is_required_or_none():
    assert _error(_submit()) == "Enter a date"

    class Optional(forms.Form):
        review_date = GovUKDateField(required=False)

    form = _submit(form_class=Optional)
    assert form.is_valid()
    assert form.cleaned_data["review_date"] is None


def test_a_plain_date_field_with_the_widget_fails_cleanly():
    class Plain(forms.Form):
        review_date = forms.DateField(widget=GovUKDateInput)

    good = _submit("27", "3", "2026", form_class=Plain)
    assert good.is_valid()
    assert good.cleaned_data["review_date"] == datetime.date(2026, 3, 27)
    assert not _submit("31", "2", "2026", form_class=Plain).is_valid()


def test_renders_a_govuk_date_input_in_a_fieldset():
    html = str(ReviewForm(initial={"review_date": datetime.date(2026, 3, 27)}))
    fieldset = find(html, "fieldset", role="group", aria_describedby="id_review_date-hint")
    assert find(html, "legend").ancestors[-1] == fieldset
    assert find(html, "div", "govuk-date-input", id="id_review_date")
    boxes = find_all(html, "input", inputmode="numeric")
    assert [b.attrs["name"] for b in boxes] == [
        "review_date_day",
        "review_date_month",
        "review_date_year",
    ]
    assert [b.attrs["value"] for b in boxes] == ["27", "3", "2026"]
    assert "govuk-input--width-2" in boxes[0].classes
    assert "govuk-input--width-4" in boxes[2].classes
    labels = [find(html, "label", **{"for": b.attrs["id"]}).words for b in boxes]
    assert labels == ["Day", "Month", "Year"]


def test_shows_what_was_typed_and_marks_the_missing_part():
    html = str(_submit("31", "2", ""))
    boxes = find_all(html, "input", inputmode="numeric")
    assert [b.attrs.get("value") for b in boxes] == ["31", "2", None]
    assert ["govuk-input--error" in b.classes for b in boxes] == [False, False, True]
    assert find(html, "a", href=f"#{boxes[2].attrs['id']}").words == "Date must include a year"
    assert find(html, "fieldset", aria_describedby="id_review_date-hint id_review_date-error")


def test_marks_every_box_when_the_date_is_not_real():
    html = str(_submit("31", "2", "2026"))
    boxes = find_all(html, "input", inputmode="numeric")
    assert all("govuk-input--error" in b.classes for b in boxes)
    assert find(html, "a", href="#id_review_date_0").words == "Enter a real date"
