"""When a save is refused because someone else saved first, show the editor
what that person changed: each field whose latest saved value differs from
what the editor submitted, side by side (ADR 002). trellis.core.editing runs
the whole save-or-show-the-conflict step for edit views."""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import models

NOT_GIVEN = "Not given"


@dataclass(frozen=True)
class Difference:
    label: str
    saved: str  # the latest saved value, as the page shows it
    yours: str  # what the editor submitted


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or (
        isinstance(value, list | tuple | set | frozenset) and not value)


def _key(value: Any) -> Any:
    """A comparable form of a value: models by pk, collections unordered."""
    if _is_empty(value):
        return ""
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(sorted(str(_key(v)) for v in value))
    return str(value)


def _labels(field: forms.Field) -> dict[str, str]:
    labels: dict[str, str] = {}
    for value, label in getattr(field, "choices", ()):
        if isinstance(label, list | tuple):  # an optgroup
            labels.update((str(v), str(lbl)) for v, lbl in label)
        else:
            labels[str(value)] = str(label)
    return labels


def display(field: forms.Field, value: Any) -> str:
    """A value as plain words: choice labels, names, dates like 1 September 2025."""
    if _is_empty(value):
        return NOT_GIVEN
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(display(field, item) for item in value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime.date):
        return f"{value.day} {value:%B %Y}"
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
        return _labels(field).get(str(value), str(value))
    return str(value)


def differences(form: forms.Form, saved: Mapping[str, Any]) -> list[Difference]:
    """Fields of a valid `form` whose `saved` value (keyed like cleaned_data)
    differs from what the editor submitted, in the form's field order."""
    rows = []
    for name, field in form.fields.items():
        if name not in saved:
            continue
        mine, theirs = form.cleaned_data.get(name), saved[name]
        if _key(mine) != _key(theirs):
            rows.append(Difference(str(field.label), display(field, theirs),
                                   display(field, mine)))
    return rows


def rebased(form_class: type[forms.BaseForm], data: Any, version: int, message: str,
            **kwargs: Any) -> forms.BaseForm:
    """The editor's own input on top of the latest saved `version`, marked
    with `message`, so they can merge and save again without retyping."""
    data = data.copy()
    data["version"] = version
    form = form_class(data, **kwargs)
    form.is_valid()
    form.add_error(None, message)
    return form
