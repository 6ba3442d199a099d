import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.plans.models import (
    CoreComponent,
    FinalOutcome,
    ImplementationOutcome,
    ProblemPerspective,
)


class CoreComponentFactory(DjangoModelFactory):
    class Meta:
        model = CoreComponent

    project = factory.SubFactory(ProjectFactory)
    position = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Core component {n}")
    done_well = "The family makes its own plan in private"
    must_stay_fixed = "Private family time"
    can_adapt = "Venue and timing"


class ProblemPerspectiveFactory(DjangoModelFactory):
    class Meta:
        model = ProblemPerspective

    project = factory.SubFactory(ProjectFactory)
    perspective = "children-and-young-people"
    text = "Too many children come into care when family could help"


class ImplementationOutcomeFactory(DjangoModelFactory):
    class Meta:
        model = ImplementationOutcome

    project = factory.SubFactory(ProjectFactory)
    outcome_type = "fidelity"
    term = "medium"
    statement = factory.Sequence(lambda n: f"Core components are delivered well ({n})")
    position = factory.Sequence(lambda n: n + 1)


class FinalOutcomeFactory(DjangoModelFactory):
    class Meta:
        model = FinalOutcome

    project = factory.SubFactory(ProjectFactory)
    audience = "children-and-young-people"
    statement = factory.Sequence(lambda n: f"Fewer children go into care ({n})")
    how_measured = "Children looked after, by month"
