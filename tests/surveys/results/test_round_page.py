import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.surveys.factories import SurveyRoundFactory
from tests.surveys.results.helpers import SIX, aim, answer_six, fim, respond


def url(survey_round):
    return reverse("surveys:results", args=[survey_round.project_id, survey_round.pk])


def text_of(response) -> str:
    """The page's visible words, tags removed and spaces collapsed."""
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def aim_round(project):
    return SurveyRoundFactory(project=project, instruments=["aim"], label="Baseline")


def test_hand_worked_scores_and_distribution(aim_round, viewer_client):
    answer_six(aim_round)
    page = text_of(viewer_client.get(url(aim_round)))
    assert "6 responses." in page
    assert "AIM score 3.83 4.00 3.25 to 4.75 6 0" in page
    assert ("The mean AIM score is 3.83 out of 5: the median is 4.00 and the middle half of "
            "the scores lie between 3.25 and 4.75.") in page
    # From completely disagree to completely agree, then skipped.
    assert "1. Family Group Conferences meets my approval. " \
        "0 (0%) 1 (17%) 1 (17%) 1 (17%) 3 (50%) 0" in page
    assert "2. Family Group Conferences is appealing to me. " \
        "0 (0%) 1 (17%) 2 (33%) 1 (17%) 2 (33%) 0" in page


@pytest.mark.parametrize(("responses", "shown"), [(4, False), (5, True), (6, True)])
def test_small_numbers_on_the_results_page(aim_round, editor_client, responses, shown):
    answer_six(aim_round, responses)
    page = text_of(editor_client.get(url(aim_round)))
    assert ("Fewer than 5 responses" in page) is not shown
    assert ("AIM score" in page and "Mean" in page) is shown
    assert ("Completely agree" in page) is shown
    assert (f"{responses} responses." in page) is shown


def test_the_minimum_is_the_organisations_setting(aim_round, org_a, viewer_client):
    org_a.survey_minimum_responses = 7
    org_a.save(update_fields=["survey_minimum_responses"])
    answer_six(aim_round)
    page = text_of(viewer_client.get(url(aim_round)))
    assert "Fewer than 7 responses" in page
    assert "3.83" not in page


def test_oric_shows_each_subscale(project, viewer_client):
    survey_round = SurveyRoundFactory(project=project, instruments=["oric"])
    commitment = (2, 4, 6, 9, 11)
    for _ in range(5):
        respond(survey_round, {f"oric-{n}": (5 if n in commitment else 3)
                               for n in range(1, 13)})
    page = text_of(viewer_client.get(url(survey_round)))
    assert "Change commitment 5.00 5.00 5.00 to 5.00 5 0" in page
    assert "Change efficacy 3.00 3.00 3.00 to 3.00 5 0" in page


def test_questionnaire_summaries(project, family_questionnaire, viewer_client):
    survey_round = SurveyRoundFactory(project=project, instruments=[],
                                      questionnaire=family_questionnaire)
    faces, single, multiple, number, text = (f"q{q.pk}" for q in
                                             family_questionnaire.questions.all())
    rows = [(5, 2, (1, 2), 3, "More time together"), (4, 2, (2,), 5, ""),
            (4, 1, None, 8, ""), (2, 3, (1, 2, 3), 2, "Somewhere nearer"),
            (5, 2, (2,), 6, "")]
    for f, s, m, n, t in rows:
        answers = {faces: f, single: s, number: n}
        if m:
            answers[multiple] = m
        if t:
            answers[text] = t
        respond(survey_round, answers)
    page = text_of(viewer_client.get(url(survey_round)))
    # Faces: 2 very happy, 2 happy, 1 unhappy.
    assert "Very unhappy 0 0% Unhappy 1 20% In the middle 0 0% Happy 2 40% Very happy 2 40%" \
        in page
    assert "Nobody 1 20% Family 3 60% A friend 1 20%" in page
    # Multiple choice: shares of the 4 who answered.
    assert "The coordinator 2 50% Private time 4 100% The venue 1 25%" in page
    assert "Answered by 4; skipped by 1." in page
    # Number: 2, 3, 5, 6, 8.
    assert "Mean 4.8 Median 5 Middle half (quartiles) 3 to 6 Lowest and highest 2 and 8" \
        in page
    assert "2 free-text answers. Team editors can read them." in page
    assert "More time together" not in page  # viewers never see free text


def test_editors_see_free_text(project, family_questionnaire, editor_client):
    survey_round = SurveyRoundFactory(project=project, instruments=[],
                                      questionnaire=family_questionnaire)
    keys = [f"q{q.pk}" for q in family_questionnaire.questions.all()]
    for i in range(5):
        respond(survey_round, {keys[0]: 3, keys[1]: 1, keys[3]: i,
                               keys[4]: f"<b>Answer {i}</b>"})
    page = editor_client.get(url(survey_round)).content.decode()
    assert "&lt;b&gt;Answer 3&lt;/b&gt;" in page  # escaped, never markup
    assert page.count('name="answer"') == 5


def test_free_text_is_not_shown_to_editors_below_the_minimum(project, family_questionnaire,
                                                             editor_client):
    survey_round = SurveyRoundFactory(project=project, instruments=[],
                                      questionnaire=family_questionnaire)
    keys = [f"q{q.pk}" for q in family_questionnaire.questions.all()]
    for i in range(4):
        respond(survey_round, {keys[0]: 3, keys[1]: 1, keys[3]: i, keys[4]: f"Answer {i}"})
    page = text_of(editor_client.get(url(survey_round)))
    assert "Fewer than 5 responses" in page
    assert "Answer 1" not in page and "Free-text answers" not in page


def test_the_number_of_queries_does_not_grow_with_responses(project, family_questionnaire,
                                                           editor_client):
    counts = []
    for size in (5, 30):
        survey_round = SurveyRoundFactory(project=project, instruments=["aim", "fim"],
                                          questionnaire=family_questionnaire)
        keys = [f"q{q.pk}" for q in family_questionnaire.questions.all()]
        for i in range(size):
            respond(survey_round, {**SIX[i % 6], **fim(3, 4, 4, 5), keys[0]: 1 + i % 5,
                                   keys[1]: 1 + i % 3, keys[2]: (1, 1 + i % 3), keys[3]: i,
                                   keys[4]: f"Answer {i}"})
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(url(survey_round)).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
    assert counts[0] <= 16


def test_another_organisations_round_is_not_found(other_project, viewer_client):
    survey_round = SurveyRoundFactory(project=other_project)
    answer_six(survey_round)
    assert viewer_client.get(url(survey_round)).status_code == 404
    wrong_project = reverse("surveys:results", args=[other_project.pk, survey_round.pk])
    assert viewer_client.get(wrong_project).status_code == 404


def test_a_round_with_no_answers_to_an_instrument_still_renders(project, viewer_client):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"])
    for _ in range(5):
        respond(survey_round, aim(4, 4, 4, 4))
    response = viewer_client.get(url(survey_round))
    assert response.status_code == 200
    assert "4.00" in response.content.decode()
