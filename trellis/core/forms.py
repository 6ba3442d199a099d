"""Forms render themselves as GOV.UK Design System components.

Settings name GovUKFormRenderer as FORM_RENDERER, so ``{{ form }}`` gives an
error summary and one GOV.UK form group per field, chosen by widget type;
pages write no form markup of their own.
"""

import datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting

from trellis.core.widgets import DateParts, GovUKDateInput

# For each component: the class every control gets, and the one added on error.
_CONTROL_CLASSES = {
    "input": ("govuk-input", "govuk-input--error"),
    "textarea": ("govuk-textarea", "govuk-textarea--error"),
    "select": ("govuk-select", "govuk-select--error"),
    "file_upload": ("govuk-file-upload", "govuk-file-upload--error"),
    "radios": ("govuk-radios__input", ""),
    "checkboxes": ("govuk-checkboxes__input", ""),
    "checkbox": ("govuk-checkboxes__input", ""),
    "date_input": ("", "govuk-input--error"),
    "fieldset": ("", ""),
}

# Which template in core/forms/fields/ draws each component.
_TEMPLATES = {
    "radios": "choices",
    "checkboxes": "choices",
    "checkbox": "checkbox",
    "date_input": "fieldset",
    "fieldset": "fieldset",
    "hidden": "hidden",
}


def component_for(widget: forms.Widget) -> str:
    """The GOV.UK component that draws a widget."""
    # Order matters: CheckboxSelectMultiple is a RadioSelect, and
    # RadioSelect and SelectMultiple are Selects.
    if widget.is_hidden:
        return "hidden"
    if isinstance(widget, GovUKDateInput):
        return "date_input"
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.FileInput):
        return "file_upload"
    if isinstance(widget, forms.MultiWidget):
        return "fieldset"
    return "input"


def _join(*classes: str) -> str:
    return " ".join(c for c in classes if c)


class GovUKBoundField(forms.BoundField):
    """A bound field that knows the ids, classes and template of its component."""

    @property
    def component(self) -> str:
        return component_for(self.field.widget)

    @property
    def component_template(self) -> str:
        name = _TEMPLATES.get(self.component, "control")
        return f"core/forms/fields/{name}.html"

    @property
    def hint_id(self) -> str:
        return f"{self.auto_id}-hint" if self.help_text and self.auto_id else ""

    @property
    def error_id(self) -> str:
        return f"{self.auto_id}-error" if self.errors and self.auto_id else ""

    @property
    def aria_describedby(self) -> str | None:
        """GOV.UK ids of the hint and error message (Django's own uses _helptext)."""
        if self.field.widget.attrs.get("aria-describedby"):
            return None
        return _join(self.hint_id, self.error_id) or None

    @property
    def display_errors(self) -> list[str]:
        """The errors as shown, with Django's generic "This field is required."
        made specific ("Enter name", "Select phase") so the error summary
        tells the user which answer is missing. form.errors is unchanged."""
        generic = str(forms.Field.default_error_messages["required"])
        return [self._required_message() if str(e) == generic else str(e) for e in self.errors]

    def _required_message(self) -> str:
        label = str(self.label or self.name)
        if len(label) < 2 or not label[1].isupper():  # keep acronyms: "CFIR domain"
            label = label[:1].lower() + label[1:]
        choosing = ("select", "radios", "checkboxes", "checkbox", "file_upload")
        verb = "Select" if self.component in choosing else "Enter"
        return f"{verb} {label}"

    @property
    def form_group_classes(self) -> str:
        return _join("govuk-form-group", "govuk-form-group--error" if self.errors else "")

    @property
    def govuk_label(self) -> str:
        """The label, marked "(optional)" as GOV.UK asks when a field may be blank."""
        label = str(self.label or "")
        optional = not self.field.required and self.component not in ("checkbox", "hidden")
        if optional and "optional" not in label.lower():
            return f"{label} (optional)"
        return label

    @property
    def fieldset_role(self) -> str:
        # Screen readers announce a group of text boxes' hint only with role=group.
        return "group" if self.component in ("date_input", "fieldset") else ""

    @property
    def choices_prefix(self) -> str:
        """The class stem of a list of choices: govuk-radios or govuk-checkboxes."""
        return f"govuk-{self.component}" if self.component in ("radios", "checkboxes") else ""

    @property
    def choices_classes(self) -> str:
        """Classes for the list of choices; a widget's own class (e.g.
        govuk-radios--inline) goes here rather than on each input."""
        return _join(self.choices_prefix, self.field.widget.attrs.get("class", ""))

    @property
    def error_target_id(self) -> str:
        """The id the error summary links to: the first box the user should fix."""
        if not self.auto_id:
            return ""
        component = self.component
        if component in ("radios", "checkboxes"):
            return self.field.widget.id_for_label(self.auto_id, "0")
        if component in ("date_input", "fieldset"):
            index = 0
            data = self.data if self.form.is_bound else None
            if isinstance(data, DateParts) and data.missing:
                index = ["day", "month", "year"].index(data.missing[0])
            return f"{self.auto_id}_{index}"
        return self.id_for_label or self.auto_id

    def build_widget_attrs(self, attrs: dict[str, Any], widget: forms.Widget | None = None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        # GOV.UK forms are validated on the server, with its error messages;
        # browsers' own "required" bubbles would pre-empt them.
        attrs.pop("required", None)
        if widget.is_hidden:
            attrs.pop("aria-describedby", None)
            return attrs
        component = component_for(widget)
        base, error = _CONTROL_CLASSES.get(component, _CONTROL_CLASSES["input"])
        own = "" if component in ("radios", "checkboxes") else widget.attrs.get("class", "")
        attrs["class"] = _join(base, own, attrs.get("class", ""), error if self.errors else "")
        if isinstance(widget, forms.EmailInput):
            attrs.setdefault("spellcheck", "false")
        return attrs


class GovUKFormRenderer(TemplatesSetting):
    """Draws forms and fields with the templates in core/forms/."""

    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"
    bound_field_class = GovUKBoundField


def _and_join(words: list[str]) -> str:
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


class GovUKDateField(forms.DateField):
    """A date typed into day, month and year boxes, with GOV.UK's error messages."""

    widget = GovUKDateInput
    default_error_messages = {
        "required": "Enter a date",
        "invalid": "Enter a real date",
        "incomplete": "Date must include a %(missing)s",
        "year": "Year must include 4 numbers",
    }

    def to_python(self, value: Any) -> datetime.date | None:
        if not isinstance(value, DateParts):
            return super().to_python(value)
        if value.missing:
            raise ValidationError(
                self.error_messages["incomplete"],
                code="incomplete",
                params={"missing": _and_join(value.missing)},
            )
        if value.year.isdigit() and len(value.year) != 4:
            raise ValidationError(self.error_messages["year"], code="year")
        real = value.to_date()
        if real is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return real
