import datetime

import time_machine
from django.test import Client
from django.urls import reverse

from tests.surveys.conftest import Respondent
from tests.surveys.factories import QuestionnaireFactory, SurveyRoundFactory
from trellis.surveys.models import Answer, Response, ResponseScore, SubmissionReceipt

AIM = {"aim-1": "4", "aim-2": "5", "aim-3": "4", "aim-4": "3"}


def keys(survey_round):
    return {q.text: f"q{q.pk}" for q in survey_round.questionnaire.questions.all()}


def nothing_stored():
    return not (Response.objects.exists() or Answer.objects.exists()
                or ResponseScore.objects.exists() or SubmissionReceipt.objects.exists())


def test_start_page_shows_the_public_title_and_why_but_nothing_internal(aim_round, project):
    project.need = "INTERNAL NOTE: budget under review"
    project.save(update_fields=["need"])
    response = Client().get(reverse("surveys_public:start", args=[aim_round.token]))
    assert response.status_code == 200
    page = response.content.decode()
    assert aim_round.public_title in page
    assert "We ask so that we can improve how conferences are run." in page
    assert "Only the team sees answers." in page
    assert "do not write anyone's name" in page
    assert "There are 4 questions, all on one page" in page
    assert "INTERNAL NOTE" not in page and aim_round.label not in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_answer_the_aim_all_on_one_page(aim_round):
    person = Respondent(aim_round)
    page = person.begin().content.decode()
    assert "Family Group Conferences meets my approval." in page
    assert "Question 1 of 4" in page and "Question 4 of 4" in page
    review = person.post(AIM)
    assert "Check your answers before sending them" in review.content.decode()
    assert not Response.objects.exists()  # nothing is stored before sending

    sent = person.send()
    assert sent.status_code == 302
    assert sent["Location"] == reverse("surveys_public:thanks", args=[aim_round.token])
    response = Response.objects.get()
    assert response.round == aim_round
    answers = {(a.instrument, a.item): a.value for a in response.answers.all()}
    assert answers == {("aim", 1): 4, ("aim", 2): 5, ("aim", 3): 4, ("aim", 4): 3}
    assert {(s.instrument, s.scale): s.value for s in response.scores.all()} == {
        ("aim", "total"): 4.0}
    thanks = person.client.get(sent["Location"])
    assert "Your answers have been sent" in thanks.content.decode()


def test_a_response_holds_only_the_date(aim_round):
    person = Respondent(aim_round, address="198.51.100.23")
    person.begin()
    person.post(AIM)
    with time_machine.travel(datetime.datetime(2026, 1, 20, 15, 42, 7,
                                               tzinfo=datetime.UTC), tick=False):
        aim_round.opens_on = datetime.date(2026, 1, 1)
        aim_round.closes_on = datetime.date(2026, 2, 1)
        aim_round.save(update_fields=["opens_on", "closes_on"])
        person.send()
    response = Response.objects.get()
    assert response.submitted_on == datetime.date(2026, 1, 20)
    stored = [repr(v) for model in (Response, Answer, ResponseScore, SubmissionReceipt)
              for v in model.objects.values_list()]
    assert not any("198.51.100.23" in v for v in stored)
    assert not any("15, 42" in v or "15:42" in v for v in stored)


def test_one_question_per_screen_with_progress_review_and_change(family_round):
    key = keys(family_round)
    person = Respondent(family_round)
    first = person.begin().content.decode()
    assert "Question 1 of 5" in first and "How did the conference feel?" in first
    assert "Very unhappy" in first and "<svg" in first  # the faces, with words
    assert "Question 2 of 5" not in first
    second = person.post({key["How did the conference feel?"]: "4"}).content.decode()
    assert "Question 2 of 5" in second and "Who came with you?" in second
    # Back to the first question: its answer is still chosen.
    back = person.post(action="back").content.decode()
    assert "Question 1 of 5" in back
    assert 'value="4" checked' in back
    person.post({key["How did the conference feel?"]: "5"})
    person.post({key["Who came with you?"]: "2"})
    person.post({key["What helped?"]: ["1", "3"]})
    person.post({key["How many family members came?"]: "7"})
    review = person.post({key["What could be better?"]: "More time to talk"}).content.decode()
    assert "Check your answers" in review
    for shown in ("Very happy", "Family", "The coordinator, The venue", "7",
                  "More time to talk"):
        assert shown in review

    # Change the number from the review page, and come straight back to it.
    changing = person.post(action="change-3").content.decode()
    assert "Question 4 of 5" in changing and 'value="7"' in changing
    review = person.post({key["How many family members came?"]: "9"}).content.decode()
    assert "Check your answers" in review and "9" in review
    assert person.send().status_code == 302

    response = Response.objects.get()
    rows = sorted((a.question.text, a.value, a.text) for a in response.answers.all())
    assert rows == [
        ("How did the conference feel?", 5, ""),
        ("How many family members came?", 9, ""),
        ("What could be better?", None, "More time to talk"),
        ("What helped?", 1, ""), ("What helped?", 3, ""),
        ("Who came with you?", 2, ""),
    ]
    assert not response.scores.exists()  # a questionnaire has no instrument scores


def test_optional_questions_can_be_left_blank(family_round):
    key = keys(family_round)
    person = Respondent(family_round)
    person.begin()
    person.post({key["How did the conference feel?"]: "3"})
    person.post({key["Who came with you?"]: "1"})
    person.post({})  # nothing helped
    person.post({key["How many family members came?"]: "0"})
    review = person.post({key["What could be better?"]: "   "}).content.decode()
    assert review.count("Not answered") == 2
    person.send()
    assert Answer.objects.count() == 3


def test_cookie_after_sending_and_answering_again_on_a_shared_device(aim_round):
    person = Respondent(aim_round)
    person.begin()
    person.post(AIM)
    person.send()
    start = reverse("surveys_public:start", args=[aim_round.token])
    page = person.client.get(start).content.decode()
    assert "You have already answered this survey on this device" in page
    assert "Answer as someone else" in page
    person.begin()
    person.post(AIM)
    person.send()
    assert Response.objects.count() == 2
    assert "already answered" not in Client().get(start).content.decode()


def test_unknown_link_is_a_clear_404(db):
    for name in ("surveys_public:start", "surveys_public:answer", "surveys_public:thanks"):
        response = Client().get(reverse(name, args=["not-a-real-link"]))
        assert response.status_code == 404
        assert "This survey link is not right" in response.content.decode()


@time_machine.travel("2026-03-10 12:00Z", tick=False)
def test_not_open_yet_says_when_it_opens(project):
    survey_round = SurveyRoundFactory(project=project, opens_on=datetime.date(2026, 3, 16),
                                      closes_on=datetime.date(2026, 4, 1))
    for name in ("surveys_public:start", "surveys_public:answer"):
        response = Client().get(reverse(name, args=[survey_round.token]))
        assert response.status_code == 200
        page = response.content.decode()
        assert "This survey is not open yet" in page and "It opens on 16 March 2026" in page


@time_machine.travel("2026-03-10 12:00Z", tick=False)
def test_closed_link_is_410_gone_with_a_clear_page(project):
    survey_round = SurveyRoundFactory(project=project, opens_on=datetime.date(2026, 2, 1),
                                      closes_on=datetime.date(2026, 3, 9))
    response = Client().get(reverse("surveys_public:start", args=[survey_round.token]))
    assert response.status_code == 410
    assert "This survey has closed" in response.content.decode()
    assert "It closed on 9 March 2026" in response.content.decode()


def test_open_on_its_first_and_last_days(project):
    with time_machine.travel("2026-03-01 00:30Z", tick=False):
        survey_round = SurveyRoundFactory(project=project, opens_on=datetime.date(2026, 3, 1),
                                          closes_on=datetime.date(2026, 3, 31))
        start = reverse("surveys_public:start", args=[survey_round.token])
        assert Client().get(start).status_code == 200
    with time_machine.travel("2026-03-31 22:30Z", tick=False):  # 23:30 in London
        assert Client().get(start).status_code == 200
    with time_machine.travel("2026-03-31 23:30Z", tick=False):  # 00:30 on 1 April
        assert Client().get(start).status_code == 410


def test_sending_after_the_round_closed_is_refused(aim_round):
    person = Respondent(aim_round)
    person.begin()
    person.post(AIM)
    aim_round.closes_on = aim_round.opens_on = datetime.date(2020, 1, 1)
    aim_round.save(update_fields=["closes_on", "opens_on"])
    response = person.send()
    assert response.status_code == 410
    assert "Any answers you were giving have not been sent" in response.content.decode()
    assert nothing_stored()


def test_the_survey_pages_are_not_cached(aim_round):
    response = Client().get(reverse("surveys_public:answer", args=[aim_round.token]))
    assert "no-store" in response["Cache-Control"]


def test_a_round_with_no_questions_yet_says_so(project, org_a):
    survey_round = SurveyRoundFactory(project=project, instruments=[],
                                      questionnaire=QuestionnaireFactory(organisation=org_a))
    for name in ("surveys_public:start", "surveys_public:answer"):
        response = Client().get(reverse(name, args=[survey_round.token]))
        assert "This survey is not ready yet" in response.content.decode()
    person = Respondent(survey_round)
    person.state = ""
    assert "This survey is not ready yet" in person.send().content.decode()
    assert nothing_stored()
