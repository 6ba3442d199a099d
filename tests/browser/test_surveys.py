"""Answering a survey on a phone with the keyboard only, and axe-core on the
public pages, the builder and the round pages."""

import pytest
from playwright.sync_api import expect

from tests.surveys.factories import QuestionFactory, QuestionnaireFactory, SurveyRoundFactory
from trellis.surveys.models import Answer, Response

pytestmark = pytest.mark.browser


def tab_to(page, locator, limit=30):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if locator.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {locator}")


@pytest.fixture
def family_round(project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation,
                                         name="Family feedback")
    QuestionFactory(questionnaire=questionnaire, position=1, kind="faces",
                    text="How did the conference feel?")
    QuestionFactory(questionnaire=questionnaire, position=2, kind="multiple",
                    text="What helped?", options="The coordinator\nPrivate time\nThe venue")
    QuestionFactory(questionnaire=questionnaire, position=3, kind="number",
                    text="How many family members came?", minimum=0, maximum=50)
    QuestionFactory(questionnaire=questionnaire, position=4, kind="text",
                    text="What could be better?", required=False)
    return SurveyRoundFactory(project=project, instruments=["aim"], questionnaire=questionnaire,
                              layout="one_per_screen", audience="parents-and-carers",
                              public_title="Tell us about your family group conference")


def test_answer_on_a_phone_with_the_keyboard_only(page, check_axe, family_round):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/s/{family_round.token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Tell us about your family group conference")
    check_axe("survey start page")
    tab_to(page, page.get_by_role("button", name="Start now"))
    page.keyboard.press("Enter")

    # Four AIM items: arrow keys choose within a group of radios, Enter continues.
    for number in range(1, 5):
        expect(page.get_by_text(f"Question {number} of 8")).to_be_visible()
        if number == 1:
            tab_to(page, page.get_by_role("button", name="Continue"))
            page.keyboard.press("Enter")  # nothing chosen yet
            expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
            check_axe("survey question with an error")
        tab_to(page, page.get_by_role("radio").first)
        page.keyboard.press("Space")
        for _ in range(3):
            page.keyboard.press("ArrowDown")
        expect(page.get_by_role("radio", name="Agree", exact=True)).to_be_checked()
        if number == 1:
            check_axe("survey question (agreement scale)")
        page.keyboard.press("Enter")

    expect(page.get_by_text("Question 5 of 8")).to_be_visible()
    tab_to(page, page.get_by_role("radio", name="Very unhappy"))
    page.keyboard.press("Space")
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    expect(page.get_by_role("radio", name="Very happy")).to_be_checked()
    check_axe("survey question (faces scale)")
    page.keyboard.press("Enter")

    expect(page.get_by_text("Question 6 of 8")).to_be_visible()
    tab_to(page, page.get_by_role("checkbox", name="The coordinator"))
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(page.get_by_role("checkbox", name="The venue")).to_be_checked()
    page.keyboard.press("Enter")

    expect(page.get_by_text("Question 7 of 8")).to_be_visible()
    tab_to(page, page.get_by_label("How many family members came?"))
    page.keyboard.type("6")
    page.keyboard.press("Enter")

    expect(page.get_by_text("Question 8 of 8")).to_be_visible()
    tab_to(page, page.get_by_label("What could be better?"))
    page.keyboard.type("More time in private")
    check_axe("survey question (free text)")
    # In a text area Enter is a new line, so move to the button.
    tab_to(page, page.get_by_role("button", name="Continue"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check your answers before sending them")
    check_axe("survey review step")
    tab_to(page, page.get_by_role("button", name="Change your answer to question 7"))
    page.keyboard.press("Enter")
    field = page.get_by_label("How many family members came?")
    expect(field).to_have_value("6")
    tab_to(page, field)
    page.keyboard.press("End")
    page.keyboard.press("Backspace")
    page.keyboard.type("8")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check your answers before sending them")
    tab_to(page, page.get_by_role("button", name="Send answers"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    check_axe("survey thank-you page")
    response = Response.objects.get()
    assert Answer.objects.filter(response=response).count() == 9  # 4 + 1 + 2 + 1 + 1
    assert response.answers.get(question__kind="number").value == 8
    scrolls = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not scrolls, "the page is wider than the phone"


def test_all_on_one_page_and_closed_page(page, check_axe, project):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim", "fim"],
                                      layout="one_page")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/s/{survey_round.token}/answer/")
    expect(page.get_by_text("Question 8 of 8")).to_be_visible()
    check_axe("survey all on one page")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".govuk-error-message")).to_have_count(8)
    check_axe("survey all on one page with errors")
    page.goto("/s/no-such-link/")
    expect(page.get_by_role("heading", level=1)).to_have_text("This survey link is not right")
    check_axe("unknown survey link")


def test_builder_and_round_pages(page, sign_in, check_axe, editor, project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation,
                                         name="Family feedback")
    QuestionFactory(questionnaire=questionnaire, kind="faces", text="How did it feel?")
    QuestionFactory(questionnaire=questionnaire, kind="single", text="Who came?",
                    options="Nobody\nFamily")
    survey_round = SurveyRoundFactory(project=project, questionnaire=questionnaire)
    sign_in(editor)
    base = f"/projects/{project.pk}/surveys/"
    for path, heading, label in (
        (base, "Surveys", "survey rounds"),
        (f"{base}rounds/{survey_round.pk}/", survey_round.label, "survey round"),
        (f"{base}rounds/{survey_round.pk}/poster/", survey_round.public_title, "poster"),
        (f"{base}rounds/new/", "Create a survey round", "new round form"),
        (f"{base}rounds/{survey_round.pk}/repeat/", f"Repeat '{survey_round.label}'",
         "repeat form"),
        (f"{base}questionnaires/", "Questionnaires", "questionnaires"),
        (f"{base}questionnaires/{questionnaire.pk}/", "Family feedback", "builder"),
        (f"{base}questionnaires/{questionnaire.pk}/preview/", "Family feedback", "preview"),
        (f"{base}questionnaires/{questionnaire.pk}/questions/new/", "Add a question",
         "question form"),
    ):
        response = page.goto(path)
        assert response.status == 200, path
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        check_axe(label)
    page.get_by_role("button", name="Add the question").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("question form with errors")
