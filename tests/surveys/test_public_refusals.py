"""Bad input on the public pages: each is refused with a clear message and
stores nothing."""

import datetime

import pytest
import time_machine
from django.core import signing
from django.test import Client
from django.urls import reverse

from tests.organisations.pages import main_text
from tests.surveys.conftest import Respondent
from tests.surveys.factories import QuestionFactory, SurveyRoundFactory
from tests.surveys.test_public import AIM, keys, nothing_stored
from trellis.surveys import state
from trellis.surveys.models import Response


@pytest.mark.parametrize(("answers", "messages"), [
    ({}, ["Select an answer"] * 4),
    ({**AIM, "aim-2": "6"}, ["Select an answer from the list"]),
    ({**AIM, "aim-2": "0"}, ["Select an answer from the list"]),
    ({**AIM, "aim-2": "two"}, ["Select an answer from the list"]),
    ({**AIM, "aim-2": ["4", "5"]}, ["Give one answer"]),
])
def test_missing_and_out_of_range_scale_answers(aim_round, answers, messages):
    person = Respondent(aim_round)
    person.begin()
    response = person.post(answers)
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert page.startswith("<!DOCTYPE html>") and "<title>Error: " in page
    for message in messages:
        assert message in page
    assert page.count('class="govuk-error-message"') == len(messages)
    assert nothing_stored()


def test_errors_keep_what_was_typed_and_link_to_the_question(family_round):
    key = keys(family_round)
    number = key["How many family members came?"]
    person = Respondent(family_round)
    person.begin()
    for text in ("How did the conference feel?", "Who came with you?"):
        person.post({key[text]: "1"})
    person.post({})
    page = person.post({number: "51"}).content.decode()
    assert "Enter a number between 0 and 50" in page
    assert f'href="#a-{number}"' in page
    assert 'value="51"' in page
    assert "Question 4 of 5" in page
    page = person.post({number: "lots"}).content.decode()
    assert "Enter a whole number, like 3" in page
    page = person.post({number: ""}).content.decode()
    assert "Enter a number" in page
    assert nothing_stored()


def test_over_long_free_text_is_refused(family_round):
    key = keys(family_round)
    person = Respondent(family_round)
    person.begin()
    person.post({key["How did the conference feel?"]: "2"})
    person.post({key["Who came with you?"]: "3"})
    person.post({})
    person.post({key["How many family members came?"]: "4"})
    too_long = "Better rooms. " * 143  # 2,002 characters
    page = person.post({key["What could be better?"]: too_long}).content.decode()
    assert "Your answer must be 2,000 characters or fewer (it has 2,001)" in page
    # Exactly 2,000 characters, with Windows line breaks counted as one each.
    just_right = "a" * 999 + "\r\n" + "a" * 1000
    page = person.post({key["What could be better?"]: just_right}).content.decode()
    assert "Check your answers" in page
    person.send()
    assert len(Response.objects.get().answers.get(text__startswith="a").text) == 2000


def test_answers_to_questions_not_in_the_survey_are_refused(aim_round, family_round):
    person = Respondent(aim_round)
    person.begin()
    stray = f"q{family_round.questionnaire.questions.first().pk}"
    response = person.post({**AIM, stray: "3"})
    assert response.status_code == 400
    assert "Some answers were for questions that are not in this survey" in (
        response.content.decode())
    response = person.post({**AIM, "oric-1": "3"})
    assert response.status_code == 400
    assert nothing_stored()


def test_an_answer_for_another_screen_is_refused(family_round):
    key = keys(family_round)
    person = Respondent(family_round)
    person.begin()
    response = person.post({key["How did the conference feel?"]: "3",
                            key["Who came with you?"]: "1"})
    assert response.status_code == 400
    assert nothing_stored()


def test_tampered_state_is_refused(aim_round):
    person = Respondent(aim_round)
    person.begin()
    person.post(AIM)
    good = person.state
    for bad in (good[:-2] + ("AA" if not good.endswith("AA") else "BB"),
                "x" + good, "", "not-signed-at-all"):
        person.state = bad
        response = person.send()
        assert response.status_code == 400
        assert "Your answers could not be read" in response.content.decode()
    # A validly signed state for another round is refused too.
    other = SurveyRoundFactory(project=aim_round.project)
    person.state = state.Carried(round_pk=other.pk, answers={"aim-1": 5}).dumps()
    assert person.send().status_code == 400
    assert nothing_stored()


def test_answers_changed_inside_a_state_signed_with_the_wrong_key_are_refused(aim_round):
    person = Respondent(aim_round)
    person.begin()
    forged = signing.dumps({"r": aim_round.pk, "k": "x", "a": {"aim-1": 9}},
                           key="guessed-secret", salt=state.SALT, compress=True)
    person.state = forged
    assert person.send().status_code == 400
    assert nothing_stored()


def test_stale_state_is_refused(aim_round):
    person = Respondent(aim_round)
    with time_machine.travel(datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=2)):
        person.begin()
        person.post(AIM)
    response = person.send()
    assert response.status_code == 400
    assert nothing_stored()


def test_a_replayed_submission_is_refused(aim_round):
    person = Respondent(aim_round)
    person.begin()
    person.post(AIM)
    final = person.state
    assert person.send().status_code == 302
    person.state = final
    replay = person.send()
    assert replay.status_code == 409
    assert "These answers have already been sent" in replay.content.decode()
    # And from another device, with the same captured form.
    other = Respondent(aim_round, address="192.0.2.44")
    other.state = final
    assert other.send().status_code == 409
    assert Response.objects.count() == 1


def test_carried_answers_are_checked_again_when_sent(aim_round):
    """A state signed by Trellis but missing a required answer (the round's
    questions changed while someone was answering) goes back to the review."""
    person = Respondent(aim_round)
    person.state = state.Carried(round_pk=aim_round.pk,
                                 answers={"aim-1": 4, "aim-2": 4, "aim-3": 4}).dumps()
    response = person.send()
    assert response.status_code == 200
    page = response.content.decode()
    assert "Question 4: Select an answer" in page
    person.state = state.Carried(round_pk=aim_round.pk,
                                 answers={**{k: 4 for k in AIM}, "aim-9": 1}).dumps()
    assert person.send().status_code == 400
    person.state = state.Carried(round_pk=aim_round.pk,
                                 answers={**{k: 4 for k in AIM}, "aim-1": 7}).dumps()
    assert "Select an answer from the list" in person.send().content.decode()
    assert nothing_stored()


def test_a_filled_honeypot_is_refused(aim_round):
    person = Respondent(aim_round)
    person.begin()
    response = person.post(AIM, website="http://spam.example")
    assert response.status_code == 400
    assert "We could not accept these answers" in response.content.decode()
    person.post(AIM)
    assert person.send(website="http://spam.example").status_code == 400
    assert nothing_stored()


def test_a_question_added_while_someone_answers_must_be_answered(project,
                                                                family_questionnaire):
    survey_round = SurveyRoundFactory(project=project, instruments=[],
                                      questionnaire=family_questionnaire, layout="one_page")
    key = keys(survey_round)
    person = Respondent(survey_round)
    person.begin()
    person.post({key["How did the conference feel?"]: "3", key["Who came with you?"]: "1",
                 key["How many family members came?"]: "2"})
    added = QuestionFactory(questionnaire=family_questionnaire, position=6, kind="agreement",
                            text="I would recommend it")
    page = person.send().content.decode()
    assert "Question 6: Select an answer" in page
    assert nothing_stored()
    person.post(action="change-0")
    assert person.post({key["How did the conference feel?"]: "3",
                        key["Who came with you?"]: "1", key["How many family members came?"]:
                        "2", f"q{added.pk}": "5"}).status_code == 200
    assert person.send().status_code == 302


def test_csrf_is_checked_and_a_refusal_says_what_to_do(aim_round):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("surveys_public:answer", args=[aim_round.token]),
                           {"action": "send"})
    assert response.status_code == 403
    text = main_text(response)
    assert "Your answers were not sent" in text
    assert "allow cookies for this site" in text
    assert reverse("surveys_public:start", args=[aim_round.token]) in response.content.decode()
    # The survey's own plain page, not the signed-in site's.
    assert "Sign out" not in response.content.decode()
    assert nothing_stored()
