from django.urls import reverse

from trellis.projects.models import Project


def form_data(project, **changes):
    data = {
        "title": project.title, "approach": project.approach, "need": project.need,
        "status": project.status, "outcome": project.outcome, "version": project.version,
    }
    return {**data, **changes}


def url(project):
    return reverse("projects:edit", args=[project.pk])


def test_edit_saves_and_bumps_version(editor_client, project):
    response = editor_client.post(url(project), form_data(project, title="FGC at pre-proceedings"))
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.title == "FGC at pre-proceedings"
    assert project.version == 2


def test_two_people_editing_at_once_do_not_lose_work(editor_client, admin_client, project):
    """Both open the form at version 1. The first save wins; the second is
    refused with a clear message instead of silently overwriting it."""
    first = form_data(project, title="Changed by Eddie")
    second = form_data(project, need="Changed by Ada")
    assert editor_client.post(url(project), first).status_code == 302
    response = admin_client.post(url(project), second)
    assert response.status_code == 200
    assert "Someone else changed this project while you were editing it" in (
        response.content.decode())
    project.refresh_from_db()
    assert project.title == "Changed by Eddie"
    assert project.need != "Changed by Ada"
    # The refreshed form carries the latest version, so saving again works.
    assert str(response.context["form"]["version"].value()) == "2"
    project.refresh_from_db()
    again = admin_client.post(url(project), form_data(project, need="Changed by Ada"))
    assert again.status_code == 302
    project.refresh_from_db()
    assert (project.title, project.need) == ("Changed by Eddie", "Changed by Ada")


def test_closing_needs_an_outcome(editor_client, project):
    response = editor_client.post(url(project), form_data(project, status="closed"))
    assert "Select the outcome" in response.content.decode()
    assert Project.objects.get(pk=project.pk).status == "active"


def test_outcome_only_for_closed_projects(editor_client, project):
    response = editor_client.post(url(project), form_data(project, outcome="scaled"))
    assert "Only a closed project has an outcome" in response.content.decode()


def test_close_with_outcome(editor_client, project):
    editor_client.post(url(project), form_data(project, status="closed", outcome="de_implemented"))
    project.refresh_from_db()
    assert (project.status, project.outcome) == ("closed", "de_implemented")


def test_empty_title_refused(editor_client, project):
    response = editor_client.post(url(project), form_data(project, title=""))
    assert "Enter a title for the project" in response.content.decode()
    assert Project.objects.get(pk=project.pk).title == project.title


def test_archive_and_restore(editor_client, project):
    archive = reverse("projects:archive", args=[project.pk])
    assert editor_client.get(archive).status_code == 405
    editor_client.post(archive)
    project.refresh_from_db()
    assert project.is_archived
    listed = editor_client.get(reverse("projects:portfolio")).context["rows"]
    assert project.title not in [row["title"] for row in listed]
    editor_client.post(archive)
    project.refresh_from_db()
    assert not project.is_archived
