from django.urls import reverse

from trellis.framework.loader import get_framework
from trellis.projects.models import ChecklistAnswer

EXPLORE = get_framework().phase("explore")
FIRST = EXPLORE.checklist[0]


def answer_url(project, item=FIRST.slug):
    return reverse("projects:answer", args=[project.pk, "explore", item])


def test_checklist_page_lists_the_phase_questions(viewer_client, project):
    page = viewer_client.get(reverse("projects:checklist", args=[project.pk, "explore"]))
    assert page.status_code == 200
    for item in EXPLORE.checklist:
        assert item.question in page.content.decode()


def test_answering_keeps_who_when_and_history(editor_client, editor, project):
    editor_client.post(answer_url(project), {"answer": "no", "note": "Only one slice so far"})
    editor_client.post(answer_url(project), {"answer": "partly", "note": "Added lived experience"})
    answers = ChecklistAnswer.objects.filter(project=project, item=FIRST.slug)
    assert answers.count() == 2
    assert answers.first().answer == "partly"
    assert answers.first().answered_by == editor
    page = editor_client.get(reverse("projects:checklist", args=[project.pk, "explore"]))
    text = page.content.decode()
    assert "Partly" in text and "Added lived experience" in text and "Eddie" in text
    history = editor_client.get(answer_url(project)).content.decode()
    assert "Only one slice so far" in history


def test_progress_and_open_items_on_project_page(editor_client, project):
    for item in EXPLORE.checklist:
        editor_client.post(answer_url(project, item.slug), {"answer": "yes"})
    editor_client.post(answer_url(project, EXPLORE.checklist[-1].slug), {"answer": "not_yet"})
    response = editor_client.get(reverse("projects:detail", args=[project.pk]))
    explore = next(p for p in response.context["progress"] if p.phase == "explore")
    total = len(EXPLORE.checklist)
    assert explore.summary == f"{total - 1} of {total} answered yes"
    assert [i.slug for i in explore.open_items] == [EXPLORE.checklist[-1].slug]
    assert EXPLORE.checklist[-1].question in response.content.decode()


def test_missing_or_invalid_answer_is_refused(editor_client, project):
    response = editor_client.post(answer_url(project), {"answer": ""})
    assert "Select yes, partly, no or not yet" in response.content.decode()
    response = editor_client.post(answer_url(project), {"answer": "maybe"})
    assert "Select a valid choice" in response.content.decode()
    assert not ChecklistAnswer.objects.exists()


def test_unknown_phase_or_question_is_not_found(editor_client, project):
    assert editor_client.get(answer_url(project, "no-such-question")).status_code == 404
    assert editor_client.get(reverse("projects:checklist",
                                     args=[project.pk, "launch"])).status_code == 404
    other_phase_item = get_framework().phase("deliver").checklist[0].slug
    assert editor_client.get(answer_url(project, other_phase_item)).status_code == 404
