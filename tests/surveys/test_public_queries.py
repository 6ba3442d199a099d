"""Answering reads the round in a fixed, small number of queries whatever the
round holds: every response is three or more requests, so this is what keeps
answering quick when a whole team answers at once (`python -m bench.surveys`).
A page that reads a column the lookup left out would add a query here."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.plans.factories import CoreComponentFactory, ImplementationOutcomeFactory
from tests.surveys.conftest import Respondent
from tests.surveys.factories import SurveyRoundFactory
from trellis.surveys.models import Response

AIM = {"aim-1": "4", "aim-2": "5", "aim-3": "4", "aim-4": "3"}
FIM = {"fim-1": "2", "fim-2": "3", "fim-3": "3", "fim-4": "2"}


def reads(action):
    """What the request returned, and how many SELECT statements it ran."""
    with CaptureQueriesContext(connection) as captured:
        response = action()
    selects = [q["sql"] for q in captured if q["sql"].lstrip().upper().startswith("SELECT")]
    return response, len(selects)


@pytest.fixture
def component_round(project):
    """AIM and FIM about one core component, feeding an outcome, one per screen."""
    component = CoreComponentFactory(project=project, name="Private family time")
    outcome = ImplementationOutcomeFactory(project=project, outcome_type="acceptability")
    return SurveyRoundFactory(project=project, instruments=["aim", "fim"],
                              core_component=component, outcome=outcome,
                              layout="one_per_screen")


def test_answering_instruments_reads_the_round_in_two_queries_a_page(component_round, client):
    start, queries = reads(lambda: client.get(
        reverse("surveys_public:start", args=[component_round.token])))
    assert queries == 2
    assert component_round.project.organisation.name in start.content.decode()

    person = Respondent(component_round)
    page, queries = reads(person.begin)
    assert queries == 2
    # The wording names the component, read in the same query as the round.
    assert "Private family time meets my approval." in page.content.decode()
    for screen, answers in enumerate((AIM, FIM)):
        for key, value in answers.items():
            _, queries = reads(lambda key=key, value=value: person.post({key: value}))
            assert queries == 2
    assert "Check your answers" in person.last.content.decode()

    sent, queries = reads(person.send)
    assert sent.status_code == 302
    # The round and its instruments are the only reads; the rest are the
    # writes of the response.
    assert queries == 2
    assert Response.objects.filter(round=component_round).count() == 1

    _, queries = reads(lambda: person.client.get(sent["Location"]))
    assert queries == 2


def test_answering_a_questionnaire_reads_its_questions_once_a_page(family_round):
    person = Respondent(family_round)
    page, queries = reads(person.begin)
    assert page.status_code == 200
    # The round, its instruments, the questionnaire and its questions.
    assert queries == 4
    first = f"q{family_round.questionnaire.questions.first().pk}"
    _, queries = reads(lambda: person.post({first: "3"}))
    assert queries == 4
    assert "Question 2 of 5" in person.last.content.decode()
