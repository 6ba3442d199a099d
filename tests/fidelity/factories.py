import datetime

import factory
from factory.django import DjangoModelFactory

from tests.adaptations.factories import ComponentFactory  # noqa: F401  (used by tests)
from tests.factories import ProjectFactory
from trellis.fidelity.models import ComponentRating, FidelityCheck


class CheckFactory(DjangoModelFactory):
    """A check with no ratings: add them with RatingFactory, or record checks
    through trellis.fidelity.services to keep the measures in step."""

    class Meta:
        model = FidelityCheck

    project = factory.SubFactory(ProjectFactory)
    delivered_on = datetime.date(2026, 2, 10)
    setting = "North locality FGC team"
    recorded_by = "practitioner"


class RatingFactory(DjangoModelFactory):
    class Meta:
        model = ComponentRating

    fidelity_check = factory.SubFactory(CheckFactory)
    core_component = factory.SubFactory(
        ComponentFactory, project=factory.SelfAttribute("..fidelity_check.project"))
    rating = "as-intended"
