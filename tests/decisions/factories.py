import datetime

import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.decisions.models import Appraisal, Candidate, Decision


class CandidateFactory(DjangoModelFactory):
    class Meta:
        model = Candidate

    project = factory.SubFactory(ProjectFactory)
    name = factory.Sequence(lambda n: f"Candidate approach {n}")
    origin = "local"


class AppraisalFactory(DjangoModelFactory):
    class Meta:
        model = Appraisal

    candidate = factory.SubFactory(CandidateFactory)
    criterion = "addresses-need"
    rating = 4
    rationale = "Meets the need carers described"


class DecisionFactory(DjangoModelFactory):
    class Meta:
        model = Decision

    project = factory.SubFactory(ProjectFactory)
    outcome = "not_proceed"
    rationale = "None of the approaches fits well enough yet"
    participants = "Implementation team"
    decided_on = datetime.date(2026, 3, 1)


def appraise_all(candidate, ratings: dict[str, int]) -> None:
    """Appraisals for `candidate`: {criterion slug: rating}."""
    for slug, rating in ratings.items():
        AppraisalFactory(candidate=candidate, criterion=slug, rating=rating)
