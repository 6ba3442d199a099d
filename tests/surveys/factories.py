import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from tests.factories import OrganisationFactory, ProjectFactory
from trellis.surveys.models import Question, Questionnaire, RoundInstrument, SurveyRound


class QuestionnaireFactory(DjangoModelFactory):
    class Meta:
        model = Questionnaire

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Family feedback {n}")


class QuestionFactory(DjangoModelFactory):
    class Meta:
        model = Question

    questionnaire = factory.SubFactory(QuestionnaireFactory)
    position = factory.Sequence(lambda n: n + 1)
    kind = "agreement"
    text = factory.Sequence(lambda n: f"The conference helped my family ({n})")


class SurveyRoundFactory(DjangoModelFactory):
    """An open round of the AIM (pass instruments=[...] for others, or [] for none)."""

    class Meta:
        model = SurveyRound
        skip_postgeneration_save = True

    project = factory.SubFactory(ProjectFactory)
    label = factory.Sequence(lambda n: f"Round {n}")
    audience = "practitioners"
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=7))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    public_title = "Tell us what you think of Family Group Conferences"
    why = "We ask so that we can improve how conferences are run.\n\nOnly the team sees answers."
    layout = "one_page"

    @factory.post_generation
    def instruments(obj, create, extracted, **kwargs):  # noqa: N805
        if not create:
            return
        slugs = ["aim"] if extracted is None else extracted
        RoundInstrument.objects.bulk_create(
            [RoundInstrument(round=obj, instrument=s, position=i) for i, s in enumerate(slugs)])
