import datetime

import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.engagement.models import EngagementActivity, EngagementAudience


class EngagementActivityFactory(DjangoModelFactory):
    """An activity; pass audiences=["parents_carers", ...] to say who was engaged."""

    class Meta:
        model = EngagementActivity
        skip_postgeneration_save = True

    project = factory.SubFactory(ProjectFactory)
    method = "workshop"
    held_on = datetime.date(2026, 3, 27)
    people_count = 12
    summary = factory.Sequence(lambda n: f"Workshop {n} with practitioners")

    @factory.post_generation
    def audiences(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            for audience in extracted if extracted is not None else ["practitioners"]:
                EngagementAudience.objects.create(activity=obj, audience=audience)
