from django.test import Client
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.readiness.factories import ReadinessItemFactory
from trellis.plans.models import PlanRevision
from trellis.readiness.models import ReadinessItem


def url(item, project=None):
    return reverse("readiness:edit", args=[(project or item.project).pk, item.pk])


def form_data(item, **changes):
    data = {"area": item.area, "description": item.description, "status": item.status,
            "note": item.note, "owner": item.owner_id or "", "version": item.version}
    return {**data, **changes}


def test_mark_an_area_ready(editor_client, editor, project):
    item = ReadinessItemFactory(project=project, area="funding")
    assert editor_client.get(url(item)).context["form"]["version"].value() == 1
    response = editor_client.post(url(item), form_data(item, status="ready", owner=editor.pk))
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.status, item.owner, item.version) == ("ready", editor, 2)
    assert PlanRevision.objects.get().summary == ("Readiness: Funding: Funding for two "
                                                  "co-ordinator posts is ready")


def test_cannot_move_onto_an_area_already_recorded(editor_client, project):
    ReadinessItemFactory(project=project, area="time")
    item = ReadinessItemFactory(project=project, area="funding")
    response = editor_client.post(url(item), form_data(item, area="time"))
    assert "Realistic time is already on the checklist" in response.content.decode()
    assert ReadinessItem.objects.get(pk=item.pk).area == "funding"
    # Saving it in its own area is fine.
    assert editor_client.post(url(item), form_data(item, note="On track")).status_code == 302


def test_two_people_saving_the_same_item(editor, admin, viewer, project):
    item = ReadinessItemFactory(project=project, area="governance", status="not_started",
                                description="Steering group")
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    first.get(url(item))
    second.get(url(item))
    seconds_answers = form_data(item, note="Terms of reference drafted")
    assert first.post(url(item), form_data(item, status="in_progress",
                                           owner=viewer.pk)).status_code == 302

    response = second.post(url(item), seconds_answers)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this item while you were editing it" in page
    changes = {c.label: (c.saved, c.yours) for c in response.context["changes"]}
    assert changes == {
        "Who owns it?": ("Vera", "Not given"),
        "Status": ("In progress", "Not started"),
        "Note": ("Not given", "Terms of reference drafted"),
    }
    assert "Terms of reference drafted" in page  # still in the form
    assert str(response.context["form"]["version"].value()) == "2"
    item.refresh_from_db()
    assert (item.status, item.note, item.version) == ("in_progress", "", 2)
    assert PlanRevision.objects.count() == 1


def test_another_projects_item_is_not_found(editor_client, project, org_a):
    elsewhere = ReadinessItemFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.get(url(elsewhere, project)).status_code == 404
    assert editor_client.post(url(elsewhere, project), form_data(elsewhere)).status_code == 404


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    item = ReadinessItemFactory(project=project)
    assert viewer_client.get(url(item)).status_code == 403
    assert viewer_client.post(url(item), form_data(item, status="ready")).status_code == 403
    assert outsider_client.get(url(item)).status_code == 404
    assert editor_client.delete(url(item)).status_code == 405
    assert ReadinessItem.objects.get().version == 1
