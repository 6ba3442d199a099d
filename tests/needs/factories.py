import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.needs.models import PracticeKind, PracticeNote, RootCause


class RootCauseFactory(DjangoModelFactory):
    class Meta:
        model = RootCause
        skip_postgeneration_save = True

    project = factory.SubFactory(ProjectFactory)
    statement = factory.Sequence(lambda n: f"Root cause {n}")

    @factory.post_generation
    def evidence(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.evidence.set(extracted)


class PracticeNoteFactory(DjangoModelFactory):
    class Meta:
        model = PracticeNote

    project = factory.SubFactory(ProjectFactory)
    kind = PracticeKind.CURRENT_PRACTICE
    description = factory.Sequence(lambda n: f"Practice note {n}")
