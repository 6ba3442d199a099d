"""Writes to the engagement log. Each is one transaction and writes its audit
entry; an edit based on a stale version is refused, not silently applied."""

from collections.abc import Iterable

from django.db import transaction

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.organisations.models import User, audit
from trellis.projects.models import Project

from .models import EngagementActivity, EngagementAudience

EDITABLE_FIELDS = ("method", "held_on", "people_count", "summary", "what_changed")



def _set_audiences(activity: EngagementActivity, audiences: Iterable[str]) -> None:
    wanted = set(audiences)
    activity.audiences.exclude(audience__in=wanted).delete()
    held = set(activity.audiences.values_list("audience", flat=True))
    EngagementAudience.objects.bulk_create(
        EngagementAudience(activity=activity, audience=a) for a in sorted(wanted - held)
    )


@transaction.atomic
def log_activity(*, project: Project, created_by: User | None, audiences: Iterable[str],
                 **fields) -> EngagementActivity:
    """Add an activity to the project's engagement log."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    activity = EngagementActivity.objects.create(project=project, created_by=created_by,
                                                 **values)
    _set_audiences(activity, audiences)
    audit(organisation=project.organisation, actor=created_by, action="engagement.logged",
          summary=f"'{project.title}': logged {activity}")
    return activity


@transaction.atomic
def update_activity(*, activity: EngagementActivity, version: int, changed_by: User,
                    audiences: Iterable[str], **fields) -> EngagementActivity:
    """Save the edit if nobody has saved the activity since `version` was read."""
    values = {name: fields[name] for name in EDITABLE_FIELDS if name in fields}
    save_if_unchanged(activity, version=version, **values)
    activity.refresh_from_db()
    _set_audiences(activity, audiences)
    project = activity.project
    audit(organisation=project.organisation, actor=changed_by, action="engagement.updated",
          summary=f"'{project.title}': edited {activity}")
    return activity


@transaction.atomic
def remove_activity(*, activity: EngagementActivity, removed_by: User) -> None:
    """Delete an activity; any barrier or enabler citing it loses that source."""
    project = activity.project
    activity.delete()
    audit(organisation=project.organisation, actor=removed_by, action="engagement.removed",
          summary=f"'{project.title}': removed {activity}")
