import datetime

import pytest

from tests.surveys.factories import SurveyRoundFactory
from trellis.surveys import services, state
from trellis.surveys.models import Answer, Response, ResponseScore


def test_oric_scores_each_subscale_and_the_total(project):
    survey_round = SurveyRoundFactory(project=project, instruments=["oric"])
    commitment = (2, 4, 6, 9, 11)
    carried = {f"oric-{n}": (5 if n in commitment else 3) for n in range(1, 13)}
    services.submit_response(survey_round=survey_round, receipt=state.start(1).receipt,
                             carried=carried, today=datetime.date(2026, 3, 1))
    scores = dict(ResponseScore.objects.values_list("scale", "value"))
    assert scores["change-commitment"] == 5.0
    assert scores["change-efficacy"] == 3.0
    assert "total" in scores
    assert Answer.objects.filter(round=survey_round, instrument="oric").count() == 12


def test_nothing_is_stored_when_the_answers_are_refused(project):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"])
    with pytest.raises(services.NotAccepted):
        services.submit_response(survey_round=survey_round, receipt="r1",
                                 carried={"aim-1": 4}, today=datetime.date(2026, 3, 1))
    assert not Response.objects.exists() and not Answer.objects.exists()


def test_a_receipt_is_used_once(project):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"])
    carried = {f"aim-{n}": 4 for n in range(1, 5)}
    services.submit_response(survey_round=survey_round, receipt="same", carried=carried,
                             today=datetime.date(2026, 3, 1))
    with pytest.raises(services.AlreadySent):
        services.submit_response(survey_round=survey_round, receipt="same", carried=carried,
                                 today=datetime.date(2026, 3, 1))
    assert Response.objects.count() == 1 and Answer.objects.count() == 4
