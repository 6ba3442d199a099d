import pytest
from django.test import Client
from django.urls import reverse

from tests.surveys.conftest import Respondent
from tests.surveys.factories import QuestionFactory, QuestionnaireFactory, SurveyRoundFactory
from trellis.surveys.models import Question, Questionnaire

QUESTION = {"text": "How did the conference feel?", "kind": "faces", "help_text": "",
            "required": "yes", "options": "", "minimum": "", "maximum": ""}


def url(name, project, *args):
    return reverse(f"surveys:{name}", args=[project.pk, *args])


def test_list_shows_only_this_organisations_questionnaires(viewer_client, project, org_b):
    QuestionnaireFactory(organisation=project.organisation, name="Family feedback")
    QuestionnaireFactory(organisation=org_b, name="Eastmere's own")
    page = viewer_client.get(url("questionnaires", project)).content.decode()
    assert "Family feedback" in page and "Eastmere" not in page
    assert "Create a questionnaire" not in page


def test_create_a_questionnaire_and_add_questions(editor_client, project):
    response = editor_client.post(url("add_questionnaire", project),
                                  {"name": "Family feedback", "description": "After FGCs"})
    questionnaire = Questionnaire.objects.get()
    assert questionnaire.organisation == project.organisation
    assert response["Location"] == url("questionnaire", project, questionnaire.pk)

    add = url("add_question", project, questionnaire.pk)
    assert editor_client.post(add, QUESTION).status_code == 302
    assert editor_client.post(add, {**QUESTION, "text": "Who came?", "kind": "single",
                                    "options": " Nobody \n\nFamily\nFriends\n",
                                    "required": "no"}).status_code == 302
    assert editor_client.post(add, {**QUESTION, "text": "How many came?", "kind": "number",
                                    "minimum": "0", "maximum": "40",
                                    "options": "ignored"}).status_code == 302
    faces, single, number = questionnaire.questions.all()
    assert (faces.position, faces.kind, faces.required) == (1, "faces", True)
    assert (single.position, single.option_list, single.required) == (
        2, ["Nobody", "Family", "Friends"], False)
    assert (number.minimum, number.maximum, number.options) == (0, 40, "")
    page = editor_client.get(url("questionnaire", project, questionnaire.pk)).content.decode()
    assert "1. How did the conference feel?" in page
    assert "Options: Nobody; Family; Friends" in page and "From 0 to 40" in page


@pytest.mark.parametrize(("changes", "message"), [
    ({"text": ""}, "Enter the question"),
    ({"text": "x" * 501}, "The question must be 500 characters or fewer"),
    ({"kind": "essay"}, "Select one of the types of question"),
    ({"kind": "single", "options": "Only one"}, "Enter at least 2 options, one a line"),
    ({"kind": "multiple", "options": "A\nA"}, "Each option must be different"),
    ({"kind": "single", "options": "\n".join(str(n) for n in range(21))},
     "Enter 20 options or fewer"),
    ({"kind": "single", "options": "A\n" + "x" * 201}, "Each option must be 200 characters"),
    ({"kind": "number", "minimum": "10", "maximum": "5"},
     "The largest number must be the same as or more than the smallest"),
    ({"kind": "number", "minimum": "1.5"}, "The smallest number must be a whole number"),
    ({"kind": "number", "maximum": "99999999999"}, "Enter a number between -1,000,000,000"),
    ({"required": ""}, "Select whether people must answer this question"),
])
def test_bad_questions_get_clear_messages(editor_client, project, changes, message):
    questionnaire = QuestionnaireFactory(organisation=project.organisation)
    response = editor_client.post(url("add_question", project, questionnaire.pk),
                                  {**QUESTION, **changes})
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page and "There is a problem" in page
    assert not Question.objects.exists()


def test_move_questions_up_and_down(editor_client, project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation)
    a, b, c = (QuestionFactory(questionnaire=questionnaire, position=n, text=t)
               for n, t in ((1, "A"), (2, "B"), (3, "C")))
    move = url("move_question", project, questionnaire.pk, c.pk)
    assert editor_client.post(move, {"direction": "up"}).status_code == 302
    assert [q.text for q in questionnaire.questions.all()] == ["A", "C", "B"]
    editor_client.post(url("move_question", project, questionnaire.pk, a.pk),
                       {"direction": "up"})  # already first: nothing moves
    editor_client.post(url("move_question", project, questionnaire.pk, a.pk),
                       {"direction": "down"})
    assert [q.text for q in questionnaire.questions.all()] == ["C", "A", "B"]
    assert [q.position for q in questionnaire.questions.all()] == [1, 2, 3]
    assert editor_client.get(move).status_code == 405


def test_edit_and_remove_a_question(editor_client, project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation)
    first = QuestionFactory(questionnaire=questionnaire, position=1, text="First")
    second = QuestionFactory(questionnaire=questionnaire, position=2, text="Second")
    edit = url("edit_question", project, questionnaire.pk, first.pk)
    assert editor_client.get(edit).context["form"]["required"].value() == "yes"
    response = editor_client.post(edit, {**QUESTION, "text": "First, reworded",
                                         "kind": "text", "required": "no", "version": 1})
    assert response.status_code == 302
    first.refresh_from_db()
    assert (first.text, first.kind, first.required, first.version) == (
        "First, reworded", "text", False, 2)
    remove = url("remove_question", project, questionnaire.pk, first.pk)
    assert "Are you sure" in editor_client.get(remove).content.decode()
    editor_client.post(remove)
    second.refresh_from_db()
    assert list(questionnaire.questions.all()) == [second]
    assert second.position == 1


def test_two_people_editing_the_same_question(editor, admin, project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation)
    question = QuestionFactory(questionnaire=questionnaire, text="Original")
    edit = url("edit_question", project, questionnaire.pk, question.pk)
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    first.post(edit, {**QUESTION, "text": "Mine", "version": 1})
    response = second.post(edit, {**QUESTION, "text": "Theirs", "version": 1})
    assert "Someone else changed this question" in response.content.decode()
    question.refresh_from_db()
    assert question.text == "Mine"


def test_an_answered_questionnaire_cannot_change_but_can_be_copied(editor_client, project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation, name="Feedback")
    question = QuestionFactory(questionnaire=questionnaire, text="It helped")
    survey_round = SurveyRoundFactory(project=project, instruments=[],
                                      questionnaire=questionnaire)
    person = Respondent(survey_round)
    person.begin()
    person.post({f"q{question.pk}": "4"})
    person.send()

    page = editor_client.get(url("questionnaire", project, questionnaire.pk)).content.decode()
    assert "People have answered this questionnaire" in page
    assert "Add a question" not in page and "Move up" not in page
    for response in (
        editor_client.post(url("add_question", project, questionnaire.pk), QUESTION),
        editor_client.post(url("edit_question", project, questionnaire.pk, question.pk),
                           {**QUESTION, "version": 1}),
        editor_client.post(url("move_question", project, questionnaire.pk, question.pk),
                           {"direction": "down"}),
        editor_client.post(url("remove_question", project, questionnaire.pk, question.pk)),
    ):
        assert response.status_code == 302
    question.refresh_from_db()
    assert (question.text, questionnaire.questions.count()) == ("It helped", 1)
    followed = editor_client.get(url("questionnaire", project, questionnaire.pk))
    assert "Make a copy to change it" in followed.content.decode()

    response = editor_client.post(url("copy_questionnaire", project, questionnaire.pk))
    copy = Questionnaire.objects.exclude(pk=questionnaire.pk).get()
    assert response["Location"] == url("questionnaire", project, copy.pk)
    assert copy.name == "Copy of Feedback"
    assert [(q.text, q.kind) for q in copy.questions.all()] == [("It helped", "agreement")]
    assert not copy.is_answered()


def test_preview_shows_each_kind_of_question(viewer_client, project, family_questionnaire):
    page = viewer_client.get(url("preview_questionnaire", project, family_questionnaire.pk)
                             ).content.decode()
    for shown in ("How did the conference feel?", "Very happy", 'type="radio"',
                  'type="checkbox"', "The venue", 'inputmode="numeric"', "<textarea",
                  "You can enter up to 2000 characters", "Question 5 of 5"):
        assert shown in page


def test_edit_the_questionnaire_itself(editor_client, project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation)
    response = editor_client.post(url("edit_questionnaire", project, questionnaire.pk),
                                  {"name": "Renamed", "description": "", "version": 1})
    assert response.status_code == 302
    questionnaire.refresh_from_db()
    assert questionnaire.name == "Renamed"
    page = editor_client.post(url("edit_questionnaire", project, questionnaire.pk),
                              {"name": "", "version": 2}).content.decode()
    assert "Enter a name for the questionnaire" in page


def test_another_organisations_questionnaire_is_not_found(editor_client, project, org_b):
    theirs = QuestionnaireFactory(organisation=org_b)
    question = QuestionFactory(questionnaire=theirs)
    assert editor_client.get(url("questionnaire", project, theirs.pk)).status_code == 404
    assert editor_client.post(url("add_question", project, theirs.pk), QUESTION
                              ).status_code == 404
    assert editor_client.post(url("copy_questionnaire", project, theirs.pk)).status_code == 404
    ours = QuestionnaireFactory(organisation=project.organisation)
    assert editor_client.get(url("edit_question", project, ours.pk, question.pk)
                             ).status_code == 404
    assert Questionnaire.objects.count() == 2


def test_viewer_cannot_build(viewer_client, project):
    questionnaire = QuestionnaireFactory(organisation=project.organisation)
    assert viewer_client.post(url("add_questionnaire", project), {"name": "X"}
                              ).status_code == 403
    assert viewer_client.post(url("add_question", project, questionnaire.pk), QUESTION
                              ).status_code == 403
    assert not Question.objects.exists()
