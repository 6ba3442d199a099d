"""Editing shared records without losing anyone's work.

Editable records carry a `version` (and `updated_at`). A save names the version
the editor started from; if someone else saved in between, nothing is written
and StaleEditError tells the view to show the conflict (ADR 002)."""

from django.db.models import F, Model
from django.utils import timezone


class StaleEditError(Exception):
    """Someone else saved this record after the editor opened it."""


def save_if_unchanged(record: Model, *, version: int, **values) -> None:
    """Write `values` to `record` only if its row is still at `version`, moving
    it to the next version; then refresh `record` from the database."""
    updated = type(record)._default_manager.filter(pk=record.pk, version=version).update(
        **values, version=F("version") + 1, updated_at=timezone.now())
    if not updated:
        raise StaleEditError
    record.refresh_from_db()
