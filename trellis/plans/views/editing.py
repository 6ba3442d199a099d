"""The edit-with-a-version pattern every part of the plan shares: a stale
save is refused, the latest saved values are shown beside the editor's own,
and nothing they typed is lost."""

import copy
from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.requests import posted

from .. import presenters, services

STALE = ("Someone else changed this while you were editing it. Your changes have not been "
         "saved yet: they are still in the form. Compare them with the latest saved version "
         "below, then save again.")


def rebound_on_latest(form_class, request: HttpRequest, latest, **kwargs):
    """The editor's own input, re-based on the latest saved version and
    marked with the conflict."""
    data = request.POST.copy()
    data["version"] = latest.version
    form = form_class(data, instance=copy.copy(latest), **kwargs)
    form.is_valid()
    form.add_error(None, STALE)
    return form


def edit_record(request: HttpRequest, *, record, refetch: Callable[[], object], form_class,
                save: Callable[..., object], template: str, context: dict, done: str,
                success_url: str) -> HttpResponse:
    """Show the form for `record`; on a valid POST call `save(version=..., **values)`."""
    form = form_class(posted(request), instance=copy.copy(record))
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            save(version=form.cleaned_data["version"] or 0, **form.values())
        except services.StaleEditError:
            latest = refetch()
            form = rebound_on_latest(form_class, request, latest)
            conflict = presenters.conflict_rows(form, latest, list(form._meta.fields))
        else:
            messages.success(request, done)
            return redirect(success_url)
    return render(request, template, {"nav": "portfolio", "form": form, "conflict": conflict,
                                      "record": record, **context})
