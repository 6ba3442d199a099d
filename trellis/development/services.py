"""Writes to the professional development plan. Each is one transaction,
writes its audit entry and records a revision of the whole plan. An edit
based on a stale version is refused rather than overwriting someone's work."""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.framework.loader import get_framework
from trellis.organisations.models import User, audit
from trellis.plans.revisions import record_revision
from trellis.projects.models import Project

from .models import PdActivity, PdMechanismUse
from .snapshot import followers

EDITABLE_FIELDS = ("name", "kind", "audience", "starts_on", "ends_on", "follow_on_of")



class UnknownMechanismError(ValueError):
    """A mechanism name that is not one of the framework's 14."""


def known_mechanisms(names: Iterable[str]) -> list[str]:
    """The names in the framework's order, each once; any unknown name is refused."""
    names = list(names)
    order = [m.slug for m in get_framework().all_pd_mechanisms()]
    unknown = sorted({name for name in names if name not in order})
    if unknown:
        listed = ", ".join(f"'{name}'" for name in unknown)
        raise UnknownMechanismError(
            f"{listed} {'is' if len(unknown) == 1 else 'are'} not among the framework's 14 "
            "mechanisms of professional development")
    return [slug for slug in order if slug in names]


def _check_follow_on(project: Project, activity: PdActivity | None,
                     follow_on_of: PdActivity | None) -> None:
    if follow_on_of is None:
        return
    if follow_on_of.project_id != project.pk:
        raise ValueError("Follow-on support must be for an activity of the same project")
    if activity is not None:
        links = dict(project.pd_activities.values_list("pk", "follow_on_of_id"))
        if follow_on_of.pk == activity.pk or follow_on_of.pk in followers(activity.pk, links):
            raise ValueError("An activity cannot be follow-on support for itself or for "
                             "an activity that follows on from it")


def _set_mechanisms(activity: PdActivity, names: list[str]) -> None:
    activity.mechanisms.exclude(mechanism__in=names).delete()
    have = set(activity.mechanisms.values_list("mechanism", flat=True))
    PdMechanismUse.objects.bulk_create(
        PdMechanismUse(activity=activity, mechanism=name) for name in names if name not in have)


@transaction.atomic
def add_activity(*, project: Project, created_by: User | None,
                 mechanisms: Iterable[str] = (), **fields) -> PdActivity:
    """Add an activity to the plan with the mechanisms it uses."""
    names = known_mechanisms(mechanisms)
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    _check_follow_on(project, None, values.get("follow_on_of"))
    activity = PdActivity.objects.create(project=project, created_by=created_by, **values)
    _set_mechanisms(activity, names)
    audit(organisation=project.organisation, actor=created_by, action="development.added",
          summary=f"'{project.title}': added professional development '{activity.name}'")
    record_revision(project=project, user=created_by,
                    summary=f"Added professional development: {activity.name}")
    return activity


@transaction.atomic
def update_activity(*, activity: PdActivity, version: int, changed_by: User,
                    mechanisms: Iterable[str], **fields) -> PdActivity:
    """Save the edit if nobody has saved the activity since `version` was read."""
    names = known_mechanisms(mechanisms)
    project = activity.project
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    _check_follow_on(project, activity, values.get("follow_on_of"))
    save_if_unchanged(activity, version=version, **values)
    activity.refresh_from_db()
    _set_mechanisms(activity, names)
    audit(organisation=project.organisation, actor=changed_by, action="development.updated",
          summary=f"'{project.title}': edited professional development '{activity.name}'")
    record_revision(project=project, user=changed_by,
                    summary=f"Edited professional development: {activity.name}")
    return activity


@transaction.atomic
def remove_activity(*, activity: PdActivity, removed_by: User) -> None:
    """Delete an activity; anything that followed on from it no longer does."""
    project = activity.project
    activity.follow_ons.update(follow_on_of=None, version=F("version") + 1,
                               updated_at=timezone.now())
    activity.delete()
    audit(organisation=project.organisation, actor=removed_by, action="development.removed",
          summary=f"'{project.title}': removed professional development '{activity.name}'")
    record_revision(project=project, user=removed_by,
                    summary=f"Removed professional development: {activity.name}")
