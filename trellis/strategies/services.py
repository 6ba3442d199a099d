"""Writes to a project's implementation strategies. Each is one transaction,
writes its audit entry and records a revision of the whole plan; an edit
based on a stale version is refused."""

from collections.abc import Iterable

from django.db import transaction

from trellis.barriers.models import BarrierEnabler, Kind
from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.organisations.models import User, audit
from trellis.plans.models import CoreComponent
from trellis.plans.revisions import record_revision
from trellis.projects.models import Project

from .models import Strategy

EDITABLE_FIELDS = ("name", "description", "category", "level", "owner", "phase",
                   "start_date", "end_date")



def _check_owner(project: Project, owner: User | None, keep: int | None = None) -> None:
    if owner is None or owner.pk == keep:
        return
    if not owner.memberships.filter(organisation_id=project.organisation_id).exists():
        raise ValueError("The owner must be a member of the project's organisation")


def _set_links(strategy: Strategy, barriers: Iterable[BarrierEnabler],
               core_components: Iterable[CoreComponent]) -> None:
    barriers, core_components = list(barriers), list(core_components)
    if any(linked.project_id != strategy.project_id for linked in [*barriers,
                                                                    *core_components]):
        raise ValueError("Barriers and core components must belong to the strategy's project")
    already = set(strategy.barriers.values_list("pk", flat=True))
    if any(b.kind != Kind.BARRIER and b.pk not in already for b in barriers):
        raise ValueError("A strategy addresses barriers, not enablers")
    strategy.barriers.set(barriers)
    strategy.core_components.set(core_components)


@transaction.atomic
def add_strategy(*, project: Project, created_by: User | None,
                 barriers: Iterable[BarrierEnabler] = (),
                 core_components: Iterable[CoreComponent] = (), library_slug: str = "",
                 **fields) -> Strategy:
    """Add a strategy to the project's plan, linked to the barriers it addresses."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    _check_owner(project, values.get("owner"))
    strategy = Strategy.objects.create(project=project, created_by=created_by,
                                       updated_by=created_by, library_slug=library_slug,
                                       **values)
    _set_links(strategy, barriers, core_components)
    audit(organisation=project.organisation, actor=created_by, action="strategies.added",
          summary=f"'{project.title}': added strategy '{strategy.name}'")
    record_revision(project=project, user=created_by,
                    summary=f"Added strategy '{strategy.name}'")
    return strategy


@transaction.atomic
def update_strategy(*, strategy: Strategy, version: int, changed_by: User,
                    barriers: Iterable[BarrierEnabler],
                    core_components: Iterable[CoreComponent], **fields) -> Strategy:
    """Save the edit if nobody has saved the strategy since `version` was read."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    project = strategy.project
    _check_owner(project, values.get("owner"), keep=strategy.owner_id)
    save_if_unchanged(strategy, version=version, **values, updated_by=changed_by)
    strategy.refresh_from_db()
    _set_links(strategy, barriers, core_components)
    audit(organisation=project.organisation, actor=changed_by, action="strategies.updated",
          summary=f"'{project.title}': edited strategy '{strategy.name}'")
    record_revision(project=project, user=changed_by,
                    summary=f"Edited strategy '{strategy.name}'")
    return strategy


@transaction.atomic
def remove_strategy(*, strategy: Strategy, removed_by: User) -> None:
    """Delete a strategy from the plan; the barriers it addressed are untouched."""
    project = strategy.project
    strategy.delete()
    audit(organisation=project.organisation, actor=removed_by, action="strategies.removed",
          summary=f"'{project.title}': removed strategy '{strategy.name}'")
    record_revision(project=project, user=removed_by,
                    summary=f"Removed strategy '{strategy.name}'")
