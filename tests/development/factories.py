import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.development.models import PdActivity, PdMechanismUse


class PdActivityFactory(DjangoModelFactory):
    """An activity; pass mechanisms=[slugs] to say which mechanisms it uses."""

    class Meta:
        model = PdActivity
        skip_postgeneration_save = True

    project = factory.SubFactory(ProjectFactory)
    name = factory.Sequence(lambda n: f"Training course {n}")
    kind = "training"
    audience = "FGC co-ordinators"

    @factory.post_generation
    def mechanisms(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            PdMechanismUse.objects.bulk_create(
                PdMechanismUse(activity=obj, mechanism=slug) for slug in extracted)
