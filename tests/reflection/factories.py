import datetime

import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.monitoring.models import Measure
from trellis.reflection.models import Action, ReviewMeeting


class MeasureFactory(DjangoModelFactory):
    class Meta:
        model = Measure

    project = factory.SubFactory(ProjectFactory)
    name = factory.Sequence(lambda n: f"Referrals converted to an FGC ({n})")
    kind = "count"
    direction = "up"
    frequency = "monthly"


class ReviewFactory(DjangoModelFactory):
    class Meta:
        model = ReviewMeeting

    project = factory.SubFactory(ProjectFactory)
    held_on = datetime.date(2026, 1, 15)
    attendees = "FGC service lead, two co-ordinators"
    learnt = "Private family time is often cut short"


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action

    meeting = factory.SubFactory(ReviewFactory)
    description = factory.Sequence(lambda n: f"Book longer venue slots ({n})")
    owner = "FGC team manager"
    due_on = datetime.date(2026, 2, 28)
