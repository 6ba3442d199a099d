"""Writes to the adaptations log. Each is one transaction, writes its audit
entry and records a revision of the whole plan. An edit based on a stale
version is refused rather than overwriting someone's work."""

from django.db import transaction

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.organisations.models import User, audit
from trellis.plans.models import CoreComponent
from trellis.plans.revisions import record_revision
from trellis.projects.models import Project

from .models import Adaptation
from .snapshot import shorten

EDITABLE_FIELDS = ("what_changed", "core_component", "planned", "decided_by", "goal",
                   "reason", "decided_on", "outcome")



def _check_component(project: Project, component: CoreComponent | None) -> None:
    if component is not None and component.project_id != project.pk:
        raise ValueError("An adaptation can only change a core component of its own project")


def _short(adaptation: Adaptation) -> str:
    return shorten(adaptation.what_changed)


@transaction.atomic
def record_adaptation(*, project: Project, created_by: User | None, **fields) -> Adaptation:
    """Add an adaptation to the log."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    _check_component(project, values.get("core_component"))
    adaptation = Adaptation.objects.create(project=project, created_by=created_by, **values)
    audit(organisation=project.organisation, actor=created_by, action="adaptations.recorded",
          summary=f"'{project.title}': recorded adaptation '{_short(adaptation)}'")
    record_revision(project=project, user=created_by,
                    summary=f"Recorded an adaptation: {_short(adaptation)}")
    return adaptation


@transaction.atomic
def update_adaptation(*, adaptation: Adaptation, version: int, changed_by: User,
                      **fields) -> Adaptation:
    """Save the edit if nobody has saved the adaptation since `version` was read."""
    project = adaptation.project
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    _check_component(project, values.get("core_component"))
    save_if_unchanged(adaptation, version=version, **values)
    adaptation.refresh_from_db()
    audit(organisation=project.organisation, actor=changed_by, action="adaptations.updated",
          summary=f"'{project.title}': edited adaptation '{_short(adaptation)}'")
    record_revision(project=project, user=changed_by,
                    summary=f"Edited an adaptation: {_short(adaptation)}")
    return adaptation


@transaction.atomic
def remove_adaptation(*, adaptation: Adaptation, removed_by: User) -> None:
    """Delete an adaptation from the log."""
    project = adaptation.project
    adaptation.delete()
    audit(organisation=project.organisation, actor=removed_by, action="adaptations.removed",
          summary=f"'{project.title}': removed adaptation '{_short(adaptation)}'")
    record_revision(project=project, user=removed_by,
                    summary=f"Removed an adaptation: {_short(adaptation)}")
