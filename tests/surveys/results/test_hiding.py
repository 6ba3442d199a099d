import pytest
from django.urls import reverse

from tests.surveys.factories import SurveyRoundFactory
from tests.surveys.results.helpers import respond
from trellis.organisations.models import AuditEntry
from trellis.surveys.models import Answer


@pytest.fixture
def text_round(project, family_questionnaire):
    survey_round = SurveyRoundFactory(project=project, instruments=[],
                                      questionnaire=family_questionnaire, label="Spring")
    keys = [f"q{q.pk}" for q in family_questionnaire.questions.all()]
    for i in range(5):
        respond(survey_round, {keys[0]: 3, keys[1]: 1, keys[3]: i,
                               keys[4]: "Ask for Dana Smith at 12 Mill Lane" if i == 0
                               else f"Helpful meeting {i}"})
    return survey_round


def hide_url(survey_round):
    return reverse("surveys:hide_answer", args=[survey_round.project_id, survey_round.pk])


def results_url(survey_round):
    return reverse("surveys:results", args=[survey_round.project_id, survey_round.pk])


def identifying(survey_round):
    return Answer.objects.get(round=survey_round, text__startswith="Ask for Dana")


def test_an_editor_hides_an_answer_for_good(text_round, editor, editor_client):
    answer = identifying(text_round)
    response = editor_client.post(hide_url(text_round), {"answer": answer.pk}, follow=True)
    page = response.content.decode()
    assert "Answer hidden" in page
    assert "Dana Smith" not in page
    assert "Helpful meeting 1" in page
    answer.refresh_from_db()
    assert answer.hidden
    entry = AuditEntry.objects.get(action="surveys.answer_hidden")
    assert entry.actor == editor and "Spring" in entry.summary
    assert "Dana" not in entry.summary  # the words themselves are not copied anywhere
    responses_csv = editor_client.get(reverse("surveys:responses_csv",
                                              args=[text_round.project_id, text_round.pk]))
    assert "Dana Smith" not in responses_csv.content.decode()
    assert "Helpful meeting 1" in responses_csv.content.decode()


def test_hiding_again_is_not_found_and_changes_nothing(text_round, editor_client):
    answer = identifying(text_round)
    editor_client.post(hide_url(text_round), {"answer": answer.pk})
    assert editor_client.post(hide_url(text_round), {"answer": answer.pk}).status_code == 404
    assert AuditEntry.objects.filter(action="surveys.answer_hidden").count() == 1


def test_a_viewer_cannot_hide(text_round, viewer_client):
    answer = identifying(text_round)
    assert viewer_client.post(hide_url(text_round), {"answer": answer.pk}).status_code == 403
    answer.refresh_from_db()
    assert not answer.hidden


def test_the_answer_must_be_free_text_in_this_round(text_round, project, editor_client):
    other = SurveyRoundFactory(project=project, instruments=["aim"])
    respond(other, {f"aim-{n}": 4 for n in range(1, 5)})
    scale_answer = Answer.objects.filter(round=other).first()
    number_answer = Answer.objects.filter(round=text_round).exclude(value=None).first()
    for pk in (scale_answer.pk, number_answer.pk, 987654321):
        assert editor_client.post(hide_url(text_round), {"answer": pk}).status_code == 404
    assert not Answer.objects.filter(hidden=True).exists()


@pytest.mark.parametrize("posted", [{}, {"answer": ""}, {"answer": "abc"}, {"answer": "-1"},
                                    {"answer": "١٢"}])
def test_nothing_chosen_gets_a_message(text_round, editor_client, posted):
    response = editor_client.post(hide_url(text_round), posted, follow=True)
    assert "Choose a free-text answer to hide" in response.content.decode()
    assert not Answer.objects.filter(hidden=True).exists()


def test_another_organisations_answer_is_not_found(other_project, family_questionnaire,
                                                    editor_client, org_b):
    family_questionnaire.organisation = org_b
    family_questionnaire.save(update_fields=["organisation"])
    survey_round = SurveyRoundFactory(project=other_project, instruments=[],
                                      questionnaire=family_questionnaire)
    keys = [f"q{q.pk}" for q in family_questionnaire.questions.all()]
    for i in range(5):
        respond(survey_round, {keys[0]: 3, keys[1]: 1, keys[3]: i, keys[4]: f"Text {i}"})
    answer = Answer.objects.filter(round=survey_round).exclude(text="").first()
    assert editor_client.post(hide_url(survey_round), {"answer": answer.pk}).status_code == 404
    answer.refresh_from_db()
    assert not answer.hidden


def test_get_is_not_allowed(text_round, editor_client):
    assert editor_client.get(hide_url(text_round)).status_code == 405
