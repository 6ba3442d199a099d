"""The save step of an edit page for a versioned record (ADR 002).

An edit view binds its form, and when the form is valid calls
`save_or_conflict`. That saves through the app's service, naming the version
the editor started from. If someone else saved in between, nothing is written
and the view gets a `Conflict` back to show instead of redirecting:

    conflict = save_or_conflict(
        form, partial(services.update_item, item=item, changed_by=request.user,
                      **form.item_values()),
        reload=lambda: get_item_for_user(request, project, item_pk),
        message=STALE, project=project)
    if conflict:
        return render(request, "app/form.html", {..., "item": conflict.latest,
                      "form": conflict.form, "changes": conflict.changes})
"""

import copy
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django import forms

from .conflicts import Difference, differences, rebased
from .versioning import StaleEditError


@dataclass
class Conflict:
    """A refused save.

    `latest` is the record as the other person left it; `form` holds the
    editor's own input on top of that version, marked with the message, so
    saving it again goes through; `submitted` is the form as the editor sent it.
    The form works on its own copy of the record: a model form's validation
    writes the editor's input onto its instance, and `latest` must go on
    showing what was saved.
    """

    latest: Any
    form: forms.BaseForm
    submitted: forms.BaseForm

    @cached_property
    def changes(self) -> list[Difference]:
        """The fields whose latest saved value differs from what the editor
        sent. Needs a `saved_values(record)` on the form class, so it is
        worked out only when a page asks for it."""
        return differences(self.submitted, type(self.submitted).saved_values(self.latest))


def save_or_conflict(form: forms.BaseForm, save: Callable[..., Any], *,
                     reload: Callable[[], Any], message: str, latest_as: str = "instance",
                     **form_kwargs: Any) -> Conflict | None:
    """Call `save(version=...)` with the version a valid edit `form` was
    started from (its `version` field; 0 when blank). None when it saved.

    When `save` raises StaleEditError, `reload()` fetches the latest record
    and the form is bound again, as the same class with the same data, with
    `form_kwargs` and a copy of the latest record passed as `latest_as`
    (`instance` for model forms)."""
    try:
        save(version=form.cleaned_data["version"] or 0)
    except StaleEditError:
        latest = reload()
        again = rebased(type(form), form.data, latest.version, message,
                        **{latest_as: copy.copy(latest)}, **form_kwargs)
        return Conflict(latest=latest, form=again, submitted=form)
    return None
