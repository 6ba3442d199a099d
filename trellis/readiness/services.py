"""Writes to the readiness checklist. Each is one transaction, writes its
audit entry and records a revision of the whole plan. An edit based on a
stale version is refused rather than overwriting someone's work."""

from django.db import transaction

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.organisations.models import User, audit
from trellis.plans.revisions import record_revision
from trellis.projects.models import Project

from .models import ReadinessItem
from .snapshot import AREA_NAMES

EDITABLE_FIELDS = ("area", "description", "owner", "status", "note")



def _check_owner(project: Project, owner: User | None) -> None:
    if owner is not None and not owner.memberships.filter(
            organisation_id=project.organisation_id).exists():
        raise ValueError("The owner must be a member of the project's organisation")


def _label(item: ReadinessItem) -> str:
    area = AREA_NAMES.get(item.area, item.area)
    return f"{area}: {item.description}" if item.description else area


@transaction.atomic
def add_item(*, project: Project, created_by: User | None, **fields) -> ReadinessItem:
    """Add a preparation to the readiness checklist."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    _check_owner(project, values.get("owner"))
    item = ReadinessItem.objects.create(project=project, created_by=created_by, **values)
    audit(organisation=project.organisation, actor=created_by, action="readiness.added",
          summary=f"'{project.title}': readiness item '{_label(item)}' added")
    record_revision(project=project, user=created_by,
                    summary=f"Readiness: added {_label(item)} ({item.get_status_display()})")
    return item


@transaction.atomic
def update_item(*, item: ReadinessItem, version: int, changed_by: User,
                **fields) -> ReadinessItem:
    """Save the edit if nobody has saved the item since `version` was read."""
    project = item.project
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    _check_owner(project, values.get("owner"))
    save_if_unchanged(item, version=version, **values)
    item.refresh_from_db()
    audit(organisation=project.organisation, actor=changed_by, action="readiness.updated",
          summary=f"'{project.title}': readiness item '{_label(item)}' edited")
    record_revision(project=project, user=changed_by,
                    summary=f"Readiness: {_label(item)} is {item.get_status_display().lower()}")
    return item


@transaction.atomic
def remove_item(*, item: ReadinessItem, removed_by: User) -> None:
    """Delete an item from the checklist."""
    project = item.project
    item.delete()
    audit(organisation=project.organisation, actor=removed_by, action="readiness.removed",
          summary=f"'{project.title}': readiness item '{_label(item)}' removed")
    record_revision(project=project, user=removed_by,
                    summary=f"Readiness: removed {_label(item)}")
