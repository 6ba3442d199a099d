from django.urls import reverse

from trellis.projects.models import PhaseChange


def url(project):
    return reverse("projects:change_phase", args=[project.pk])


def test_phase_change_is_kept_with_who_when_and_why(editor_client, editor, project):
    response = editor_client.post(url(project), {"phase": "prepare", "reason": "Decision made",
                                                 "version": project.version})
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.phase == "prepare"
    change = PhaseChange.objects.get(project=project)
    assert (change.from_phase, change.to_phase, change.reason, change.changed_by) == (
        "explore", "prepare", "Decision made", editor)
    page = editor_client.get(reverse("projects:history", args=[project.pk])).content.decode()
    assert "Explore to Prepare" in page and "Decision made" in page


def test_phases_can_go_back(editor_client, project):
    project.phase = "deliver"
    project.save(update_fields=["phase"])
    editor_client.post(url(project), {"phase": "prepare", "reason": "Revisit the plan",
                                      "version": project.version})
    project.refresh_from_db()
    assert project.phase == "prepare"


def test_reason_is_required(editor_client, project):
    response = editor_client.post(url(project), {"phase": "prepare", "reason": "",
                                                 "version": project.version})
    assert "Enter why the phase is changing" in response.content.decode()
    assert not PhaseChange.objects.exists()


def test_same_phase_is_refused(editor_client, project):
    response = editor_client.post(url(project), {"phase": "explore", "reason": "x",
                                                 "version": project.version})
    assert "already in Explore" in response.content.decode()
    assert not PhaseChange.objects.exists()


def test_stale_phase_change_is_refused(editor_client, project):
    response = editor_client.post(url(project), {"phase": "prepare", "reason": "x",
                                                 "version": project.version - 1})
    assert "Someone else changed this project" in response.content.decode()
    project.refresh_from_db()
    assert project.phase == "explore"
    assert not PhaseChange.objects.exists()
