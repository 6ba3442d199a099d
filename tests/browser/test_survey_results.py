"""A survey round's results, hiding an identifying answer, and the scores over
time, checked in Chromium with axe-core, on a desktop and on a phone."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.factories import ProjectFactory
from tests.surveys.factories import QuestionFactory, QuestionnaireFactory, SurveyRoundFactory
from tests.surveys.results.helpers import SIX, fim, respond
from trellis.surveys.models import Answer

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def no_sideways_scrolling(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.fixture
def project(editor):
    return ProjectFactory(organisation=editor.memberships.get().organisation,
                          title="Family Group Conferences", phase="deliver")


@pytest.fixture
def answered_round(project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation,
                                         name="Family feedback")
    faces = QuestionFactory(questionnaire=questionnaire, position=1, kind="faces",
                            text="How did the conference feel?")
    helped = QuestionFactory(questionnaire=questionnaire, position=2, kind="multiple",
                             text="What helped?",
                             options="The coordinator\nPrivate time\nThe venue")
    better = QuestionFactory(questionnaire=questionnaire, position=3, kind="text",
                             text="What could be better?", required=False)
    survey_round = SurveyRoundFactory(project=project, instruments=["aim", "fim"],
                                      questionnaire=questionnaire, label="Spring round")
    for i, answers in enumerate(SIX):
        respond(survey_round, {**answers, **fim(3, 4, 4, 5), f"q{faces.pk}": 1 + i % 5,
                               f"q{helped.pk}": (1, 2) if i % 2 else (2,),
                               f"q{better.pk}": ("Ask for Dana at 12 Mill Lane" if i == 0
                                                 else f"More time on our own {i}")})
    return survey_round


def test_results_hiding_and_scores_over_time(page, sign_in, check_axe, editor, project,
                                            answered_round):
    sign_in(editor)
    page.goto(f"/projects/{project.pk}/surveys/rounds/{answered_round.pk}/results/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Results: Spring round")
    expect(page.get_by_text("6 responses.")).to_be_visible()
    scores = page.get_by_role("table", name="AIM scores (out of 5)")
    expect(scores.get_by_role("row", name="AIM score")).to_contain_text("3.83")
    check_axe("survey results page")

    identifying = page.get_by_text("Ask for Dana at 12 Mill Lane")
    expect(identifying).to_be_visible()
    page.get_by_role("button", name="Hide answer 1 to question 3").click()
    expect(page.get_by_text("Answer hidden")).to_be_visible()
    expect(page.get_by_text("Ask for Dana at 12 Mill Lane")).to_have_count(0)
    assert Answer.objects.get(text__startswith="Ask for Dana").hidden
    check_axe("survey results page after hiding an answer")

    page.set_viewport_size(PHONE)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert no_sideways_scrolling(page)
    check_axe("survey results page on a phone")

    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("link", name="Each score over time").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Scores over time")
    expect(page.locator("p", has_text="AIM score: 3.83 out of 5 in Spring round")).to_be_visible()
    expect(page.get_by_role("img", name="AIM score by round")).to_be_visible()
    check_axe("survey scores over time")


def test_a_round_below_the_minimum(page, sign_in, check_axe, editor, project):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"], label="Small",
                                      opens_on=datetime.date(2026, 1, 5),
                                      closes_on=datetime.date(2026, 1, 19))
    for answers in SIX[:3]:
        respond(survey_round, answers)
    sign_in(editor)
    page.goto(f"/projects/{project.pk}/surveys/rounds/{survey_round.pk}/results/")
    expect(page.get_by_text("Fewer than 5 responses")).to_be_visible()
    expect(page.get_by_role("table")).to_have_count(0)
    check_axe("survey results below the minimum")
