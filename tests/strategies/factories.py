import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.plans.models import CoreComponent
from trellis.strategies.models import Strategy


class StrategyFactory(DjangoModelFactory):
    class Meta:
        model = Strategy
        skip_postgeneration_save = True

    project = factory.SubFactory(ProjectFactory)
    name = factory.Sequence(lambda n: f"Practice champions {n}")
    description = "Named practitioners model the approach in each team"
    category = "implementation-team-and-champions"
    level = "team"
    phase = "prepare"

    @factory.post_generation
    def barriers(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.barriers.set(extracted)

    @factory.post_generation
    def core_components(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.core_components.set(extracted)


class ComponentFactory(DjangoModelFactory):
    """A core component of a project's plan (the plans app owns the model)."""

    class Meta:
        model = CoreComponent

    project = factory.SubFactory(ProjectFactory)
    position = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Core component {n}")
