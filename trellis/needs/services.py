"""Writes to root causes and practice notes. Each is one transaction with
its audit entry; edits carry the version the editor started from and a
stale one is refused (ADR 002)."""

from collections.abc import Iterable

from django.db import transaction

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.evidence.models import EvidenceItem
from trellis.organisations.models import User, audit
from trellis.projects.models import Project

from .models import PracticeNote, RootCause

__all__ = ["StaleEditError", "EvidenceElsewhereError", "add_root_cause", "update_root_cause",
           "remove_root_cause", "add_practice_note", "update_practice_note",
           "remove_practice_note"]


class EvidenceElsewhereError(ValueError):
    """Evidence from another project cannot support this project's root cause."""


def _own_evidence(project: Project, evidence: Iterable[EvidenceItem]) -> list[EvidenceItem]:
    items = list(evidence)
    if any(item.project_id != project.pk for item in items):
        raise EvidenceElsewhereError
    return items


def _short(text: str) -> str:
    return text if len(text) <= 80 else f"{text[:77]}..."


@transaction.atomic
def add_root_cause(*, project: Project, statement: str, explanation: str,
                   evidence: Iterable[EvidenceItem], created_by: User) -> RootCause:
    """Record a root cause, linked to some of this project's evidence."""
    items = _own_evidence(project, evidence)
    cause = RootCause.objects.create(project=project, statement=statement,
                                     explanation=explanation, created_by=created_by)
    cause.evidence.set(items)
    audit(organisation=project.organisation, actor=created_by, action="needs.root_cause_added",
          summary=f"'{project.title}': root cause '{_short(statement)}' added")
    return cause


@transaction.atomic
def update_root_cause(*, root_cause: RootCause, version: int, statement: str,
                      explanation: str, evidence: Iterable[EvidenceItem],
                      changed_by: User) -> RootCause:
    """Save the edit if nobody has saved the root cause since `version` was read."""
    project = root_cause.project
    items = _own_evidence(project, evidence)
    save_if_unchanged(root_cause, version=version, statement=statement,
                    explanation=explanation)
    root_cause.refresh_from_db()
    root_cause.evidence.set(items)
    audit(organisation=project.organisation, actor=changed_by,
          action="needs.root_cause_updated",
          summary=f"'{project.title}': root cause '{_short(statement)}' edited")
    return root_cause


@transaction.atomic
def remove_root_cause(*, root_cause: RootCause, removed_by: User) -> None:
    """Delete the root cause; the evidence it was linked to stays."""
    project = root_cause.project
    root_cause.delete()
    audit(organisation=project.organisation, actor=removed_by,
          action="needs.root_cause_removed",
          summary=f"'{project.title}': root cause '{_short(root_cause.statement)}' removed")


@transaction.atomic
def add_practice_note(*, project: Project, kind: str, description: str,
                      created_by: User) -> PracticeNote:
    """Record something about what is already going on."""
    note = PracticeNote.objects.create(project=project, kind=kind, description=description,
                                       created_by=created_by)
    audit(organisation=project.organisation, actor=created_by,
          action="needs.practice_note_added",
          summary=f"'{project.title}': {note.get_kind_display().lower()} noted")
    return note


@transaction.atomic
def update_practice_note(*, note: PracticeNote, version: int, kind: str, description: str,
                         changed_by: User) -> PracticeNote:
    """Save the edit if nobody has saved the note since `version` was read."""
    save_if_unchanged(note, version=version, kind=kind, description=description)
    note.refresh_from_db()
    audit(organisation=note.project.organisation, actor=changed_by,
          action="needs.practice_note_updated",
          summary=f"'{note.project.title}': {note.get_kind_display().lower()} note edited")
    return note


@transaction.atomic
def remove_practice_note(*, note: PracticeNote, removed_by: User) -> None:
    project = note.project
    note.delete()
    audit(organisation=project.organisation, actor=removed_by,
          action="needs.practice_note_removed",
          summary=f"'{project.title}': {note.get_kind_display().lower()} note removed")
