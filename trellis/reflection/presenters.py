"""What the reflection pages (and the project page) show, worked out here so
templates stay plain."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Case, IntegerField, Max, Value, When
from django.urls import reverse

from trellis.projects.models import Project

from .models import Action, ReviewMeeting, Status

STATUS_COLOURS = {Status.OPEN: "blue", Status.IN_PROGRESS: "yellow", Status.DONE: "green"}


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def overdue_actions(project: Project, today: date) -> list[Action]:
    """The project's actions past their due date and not done, the longest
    overdue first, each with its review meeting, in one query."""
    return list(Action.objects.filter(meeting__project=project).overdue(today)
                .select_related("meeting").order_by("due_on", "pk"))


def discussed_since(project: Project) -> dict[int, date]:
    """For each measure of the project that a review discussed, the date of the
    latest such review, in one query."""
    through = ReviewMeeting.measures.through
    rows = (through.objects.filter(reviewmeeting__project=project)
            .values("measure_id").annotate(latest=Max("reviewmeeting__held_on"))
            .values_list("measure_id", "latest"))
    return dict(rows)


@dataclass(frozen=True)
class ActionRow:
    action: Action
    overdue: bool
    status: str
    colour: str
    due: str
    review: str
    edit_url: str
    status_url: str
    remove_url: str


def action_rows(project_pk: int, actions, today: date) -> list[ActionRow]:
    rows = []
    for action in actions:
        args = [project_pk, action.pk]
        rows.append(ActionRow(
            action=action, overdue=action.is_overdue(today),
            status=Status(action.status).label, colour=STATUS_COLOURS[Status(action.status)],
            due=long_date(action.due_on), review=long_date(action.meeting.held_on),
            edit_url=reverse("reflection:edit_action", args=args),
            status_url=reverse("reflection:action_status", args=args),
            remove_url=reverse("reflection:remove_action", args=args)))
    return rows


def all_actions(project: Project, today: date) -> list[Action]:
    """Every action: overdue ones first (longest overdue first), then the rest
    not done by due date, then those done; in one query."""
    rank = Case(When(status=Status.DONE, then=Value(2)), When(due_on__lt=today, then=Value(0)),
                default=Value(1), output_field=IntegerField())
    return list(Action.objects.filter(meeting__project=project).select_related("meeting")
                .annotate(rank=rank).order_by("rank", "due_on", "pk"))


@dataclass(frozen=True)
class ReviewCard:
    review: ReviewMeeting
    title: str
    measures: list[str]
    actions: list[ActionRow]
    edit_url: str
    remove_url: str
    add_action_url: str


def review_cards(project: Project, today: date) -> list[ReviewCard]:
    """The log, newest review first, with measures and actions, in three queries."""
    reviews = project.review_meetings.prefetch_related("measures", "actions").order_by(
        "-held_on", "-pk")
    cards = []
    for review in reviews:
        args = [project.pk, review.pk]
        actions = sorted(review.actions.all(), key=lambda a: (a.due_on, a.pk))
        for action in actions:
            action.meeting = review  # already in hand: no query per action
        cards.append(ReviewCard(
            review=review, title=str(review),
            measures=[m.name for m in review.measures.all()],
            actions=action_rows(project.pk, actions, today),
            edit_url=reverse("reflection:edit", args=args),
            remove_url=reverse("reflection:remove", args=args),
            add_action_url=reverse("reflection:add_action", args=args)))
    return cards
