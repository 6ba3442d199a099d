"""Writes to the barriers and enablers register. Each is one transaction and
writes its audit entry; an edit based on a stale version is refused."""

from collections.abc import Iterable

from django.db import transaction

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.engagement.models import EngagementActivity
from trellis.evidence.models import EvidenceItem
from trellis.organisations.models import User, audit
from trellis.projects.models import Project

from .models import BarrierEnabler

EDITABLE_FIELDS = ("description", "kind", "cfir_domain", "strength", "phase_found", "status")



def _set_sources(entry: BarrierEnabler, evidence: Iterable[EvidenceItem],
                 engagement: Iterable[EngagementActivity]) -> None:
    evidence, engagement = list(evidence), list(engagement)
    if any(source.project_id != entry.project_id for source in [*evidence, *engagement]):
        raise ValueError("Sources must belong to the same project as the entry")
    entry.evidence.set(evidence)
    entry.engagement.set(engagement)


@transaction.atomic
def record_barrier(*, project: Project, created_by: User | None,
                   evidence: Iterable[EvidenceItem] = (),
                   engagement: Iterable[EngagementActivity] = (), **fields) -> BarrierEnabler:
    """Add a barrier or enabler to the project's register."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    values.setdefault("phase_found", project.phase)
    entry = BarrierEnabler.objects.create(project=project, created_by=created_by, **values)
    _set_sources(entry, evidence, engagement)
    audit(organisation=project.organisation, actor=created_by, action="barriers.recorded",
          summary=f"'{project.title}': recorded {entry.get_kind_display().lower()} "
                  f"'{entry.description}'")
    return entry


@transaction.atomic
def update_barrier(*, entry: BarrierEnabler, version: int, changed_by: User,
                   evidence: Iterable[EvidenceItem], engagement: Iterable[EngagementActivity],
                   **fields) -> BarrierEnabler:
    """Save the edit if nobody has saved the entry since `version` was read."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    save_if_unchanged(entry, version=version, **values)
    entry.refresh_from_db()
    _set_sources(entry, evidence, engagement)
    project = entry.project
    audit(organisation=project.organisation, actor=changed_by, action="barriers.updated",
          summary=f"'{project.title}': edited {entry.get_kind_display().lower()} "
                  f"'{entry.description}'")
    return entry


@transaction.atomic
def remove_barrier(*, entry: BarrierEnabler, removed_by: User) -> None:
    """Delete an entry from the register; its sources are untouched."""
    project = entry.project
    entry.delete()
    audit(organisation=project.organisation, actor=removed_by, action="barriers.removed",
          summary=f"'{project.title}': removed {entry.get_kind_display().lower()} "
                  f"'{entry.description}'")
