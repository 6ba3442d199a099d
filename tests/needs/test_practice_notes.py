"""Notes on what is already going on: current practice, beliefs and values,
and contextual factors."""

from html import unescape

from django.urls import reverse

from tests.factories import ProjectFactory
from tests.needs.factories import PracticeNoteFactory
from trellis.needs.models import PracticeNote


def add_url(project):
    return reverse("needs:add_practice_note", args=[project.pk])


def edit_url(note):
    return reverse("needs:edit_practice_note", args=[note.project_id, note.pk])


def remove_url(note):
    return reverse("needs:remove_practice_note", args=[note.project_id, note.pk])


def page(response) -> str:
    return unescape(response.content.decode())


def test_add_note(editor_client, project):
    response = editor_client.post(add_url(project), {
        "kind": "belief_or_value", "description": "Carers want to be left alone"})
    assert response.status_code == 302
    note = PracticeNote.objects.get()
    assert (note.project, note.kind, note.description) == (
        project, "belief_or_value", "Carers want to be left alone")
    overview = page(editor_client.get(reverse("needs:overview", args=[project.pk])))
    assert "Carers want to be left alone" in overview


def test_form_explains_each_kind(editor_client, project):
    form = page(editor_client.get(add_url(project)))
    assert "Current practice: what is done now" in form
    assert "A belief or value behind current practice" in form
    assert "such as a longstanding programme or policy" in form


def test_kind_and_description_are_required(editor_client, project):
    response = editor_client.post(add_url(project), {})
    text = page(response)
    assert "Select what kind of note this is" in text and "Enter the note" in text
    response = editor_client.post(add_url(project), {"kind": "gossip", "description": "x"})
    assert "Select what kind of note this is" in page(response)
    response = editor_client.post(add_url(project), {"kind": "current_practice",
                                                     "description": "x" * 2001})
    assert "Note must be 2,000 characters or fewer" in page(response)
    assert not PracticeNote.objects.exists()


def test_edit_note(editor_client, project):
    note = PracticeNoteFactory(project=project, description="Before")
    response = editor_client.post(edit_url(note), {
        "kind": "contextual_factor", "description": "After", "version": 1})
    assert response.status_code == 302
    note.refresh_from_db()
    assert (note.kind, note.description, note.version) == ("contextual_factor", "After", 2)


def test_stale_edit_is_refused_and_input_kept(editor_client, admin_client, project):
    note = PracticeNoteFactory(project=project, description="Original")
    editor_client.post(edit_url(note), {"kind": "current_practice", "description": "Eddie's",
                                        "version": 1})
    response = admin_client.post(edit_url(note), {"kind": "current_practice",
                                                  "description": "Ada's", "version": 1})
    text = page(response)
    assert "Someone else changed this note while you were editing it" in text
    assert "Eddie's" in text and "Ada's" in text
    note.refresh_from_db()
    assert (note.description, note.version) == ("Eddie's", 2)


def test_remove_note_after_confirming(editor_client, project):
    note = PracticeNoteFactory(project=project, description="A leaflet")
    assert "Remove this note?" in page(editor_client.get(remove_url(note)))
    assert PracticeNote.objects.exists()
    assert editor_client.post(remove_url(note)).status_code == 302
    assert not PracticeNote.objects.exists()


def test_viewer_cannot_write(viewer_client, project):
    note = PracticeNoteFactory(project=project, description="Original")
    assert viewer_client.post(add_url(project), {"kind": "current_practice",
                                                 "description": "x"}).status_code == 403
    assert viewer_client.post(edit_url(note), {"kind": "current_practice",
                                               "description": "x", "version": 1}
                              ).status_code == 403
    assert viewer_client.post(remove_url(note)).status_code == 403
    assert list(PracticeNote.objects.values_list("description", flat=True)) == ["Original"]


def test_outsider_gets_not_found(outsider_client, project):
    note = PracticeNoteFactory(project=project)
    assert outsider_client.get(edit_url(note)).status_code == 404
    assert outsider_client.post(remove_url(note)).status_code == 404
    assert PracticeNote.objects.exists()


def test_note_of_another_project_is_not_found(editor_client, project, org_a):
    elsewhere = PracticeNoteFactory(project=ProjectFactory(organisation=org_a))
    for name in ("needs:edit_practice_note", "needs:remove_practice_note"):
        assert editor_client.post(reverse(name, args=[project.pk, elsewhere.pk])
                                  ).status_code == 404
    assert PracticeNote.objects.filter(pk=elsewhere.pk).exists()


def test_wrong_method(editor_client, project):
    note = PracticeNoteFactory(project=project)
    assert editor_client.put(remove_url(note)).status_code == 405
    assert editor_client.delete(edit_url(note)).status_code == 405
