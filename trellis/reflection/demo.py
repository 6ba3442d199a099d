"""Quarterly review meetings for the demo Family Group Conference project, in
step with the demo fidelity checks: private family time was often cut short,
the co-ordinators had refresher training and venues are now booked for
longer. One action is overdue. Dates are relative to today; the content is
illustrative."""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from trellis.fidelity.tally import months_before
from trellis.monitoring.models import Measure
from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import ReviewMeeting, Status
from .services import add_action, record_review

ATTENDEES = ("FGC service lead, FGC team manager, three FGC co-ordinators, the Local Evidence "
             "Lead, a parent representative from the family network forum")


def _discussed(measures: list[Measure]) -> list[Measure]:
    """The private family time fidelity measure (if there is one) and two others."""
    fidelity = [m for m in measures if "private family time" in m.name.lower()]
    return fidelity[:1] + [m for m in measures if m not in fidelity][:2]


@transaction.atomic
def add_fgc_reflections(project: Project, user: User, measures: list[Measure],
                        today: date | None = None) -> list[ReviewMeeting]:
    """Record four quarterly reviews on `project`, oldest first, with their actions."""
    today = today or timezone.localdate()
    discussed = _discussed(measures)

    def review(months_ago: int, learnt: str, decisions: str) -> ReviewMeeting:
        return record_review(project=project, created_by=user,
                             held_on=months_before(today, months_ago), attendees=ATTENDEES,
                             learnt=learnt, decisions=decisions, measures=discussed)

    def action(meeting: ReviewMeeting, description: str, owner: str, due_on: date,
               status: str) -> None:
        add_action(review=meeting, created_by=user, description=description, owner=owner,
                   due_on=due_on, status=status)

    first = review(
        10, "Fidelity checks show private family time delivered as intended in only about "
            "half of conferences. Co-ordinators said it is cut short when venues are booked "
            "for two hours, and some professionals stay in the room.",
        "Give the co-ordinators refresher training on private family time. Look at venue "
        "bookings.")
    action(first, "Arrange refresher training on private family time with the accredited "
                  "provider", "FGC service lead", months_before(today, 9), Status.DONE)
    action(first, "Find out which venues can be booked for three hours", "FGC team manager",
           months_before(today, 8), Status.DONE)

    second = review(
        7, "The refresher training took place. Early fidelity checks since then are better "
           "for private family time. Referrals from the south locality have fallen.",
        "Book three-hour slots for every conference. Keep watching private family time "
        "monthly.")
    action(second, "Book three-hour slots for all conferences from next month",
           "FGC team manager", months_before(today, 6), Status.DONE)

    third = review(
        4, "Private family time is now delivered as intended in most conferences, and the "
           "chart shows a sustained improvement. South locality referrals are still low.",
        "Raise south locality referrals with the social work team managers.")
    action(third, "Meet the south locality social work team managers about referrals to FGC",
           "FGC service lead", today - timedelta(days=21), Status.IN_PROGRESS)

    fourth = review(
        1, "Fidelity has held up across all core components. Families say they value having "
           "time on their own to make their plan.",
        "Share the fidelity results with the whole team. Ask families about private family "
        "time in the feedback survey.")
    action(fourth, "Share the fidelity results at the next team meeting", "FGC team manager",
           today + timedelta(days=30), Status.OPEN)
    action(fourth, "Add a question about private family time to the family feedback survey",
           "Local Evidence Lead", today + timedelta(days=60), Status.OPEN)
    return [first, second, third, fourth]
