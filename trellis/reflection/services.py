"""Writes to the reflection log, each in one transaction with its audit entry.
An edit based on a stale version is refused rather than overwriting someone's
work (StaleEditError)."""

from textwrap import shorten

from django.db import transaction

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.monitoring.models import Measure
from trellis.organisations.models import User, audit
from trellis.projects.models import Project

from .models import Action, ReviewMeeting, Status

REVIEW_FIELDS = ("held_on", "attendees", "learnt", "decisions")
ACTION_FIELDS = ("description", "owner", "due_on", "status")


def _check_measures(project: Project, measures) -> list[Measure]:
    measures = list(measures or ())
    if any(m.project_id != project.pk for m in measures):
        raise ValueError("A review can only discuss measures of its own project")
    return measures


def _short(action: Action) -> str:
    return shorten(action.description, 80, placeholder="…")


def _audit(project: Project, actor: User | None, action: str, summary: str) -> None:
    audit(organisation=project.organisation, actor=actor, action=f"reflection.{action}",
          summary=f"'{project.title}': {summary}")


@transaction.atomic
def record_review(*, project: Project, created_by: User | None, measures=(),
                  **fields) -> ReviewMeeting:
    """Add a review meeting to the log."""
    measures = _check_measures(project, measures)
    values = {name: fields[name] for name in REVIEW_FIELDS if name in fields}
    review = ReviewMeeting.objects.create(project=project, created_by=created_by, **values)
    review.measures.set(measures)
    _audit(project, created_by, "review_recorded", f"recorded the {str(review).lower()}")
    return review


@transaction.atomic
def update_review(*, review: ReviewMeeting, version: int, changed_by: User, measures=(),
                  **fields) -> ReviewMeeting:
    """Save the edit if nobody has saved the review since `version` was read."""
    project = review.project
    measures = _check_measures(project, measures)
    values = {name: fields[name] for name in REVIEW_FIELDS if name in fields}
    save_if_unchanged(review, version=version, **values)
    review.measures.set(measures)
    _audit(project, changed_by, "review_updated", f"edited the {str(review).lower()}")
    return review


@transaction.atomic
def remove_review(*, review: ReviewMeeting, removed_by: User) -> None:
    """Delete a review meeting and its actions."""
    project, summary = review.project, str(review).lower()
    review.delete()
    _audit(project, removed_by, "review_removed", f"removed the {summary} and its actions")


@transaction.atomic
def add_action(*, review: ReviewMeeting, created_by: User | None, **fields) -> Action:
    values = {name: fields[name] for name in ACTION_FIELDS if name in fields}
    action = Action.objects.create(meeting=review, created_by=created_by, **values)
    _audit(review.project, created_by, "action_added", f"added the action '{_short(action)}'")
    return action


@transaction.atomic
def update_action(*, action: Action, version: int, changed_by: User, **fields) -> Action:
    """Save the edit if nobody has saved the action since `version` was read."""
    values = {name: fields[name] for name in ACTION_FIELDS if name in fields}
    save_if_unchanged(action, version=version, **values)
    _audit(action.meeting.project, changed_by, "action_updated",
           f"edited the action '{_short(action)}'")
    return action


@transaction.atomic
def set_action_status(*, action: Action, status: str, changed_by: User) -> Action:
    """Move an action on (open, in progress, done) from the list of actions.
    Only the status changes, whatever else was saved since the list was shown."""
    Status(status)
    save_if_unchanged(action, version=action.version, status=status)
    _audit(action.meeting.project, changed_by, "action_status",
           f"marked the action '{_short(action)}' as {Status(status).label.lower()}")
    return action


@transaction.atomic
def remove_action(*, action: Action, removed_by: User) -> None:
    project, summary = action.meeting.project, _short(action)
    action.delete()
    _audit(project, removed_by, "action_removed", f"removed the action '{summary}'")
