import pytest
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.readiness.factories import ReadinessItemFactory
from trellis.organisations.models import AuditEntry
from trellis.plans.models import PlanRevision
from trellis.readiness.models import ReadinessItem

VALID = {"area": "data_systems", "description": "Case system records FGC referrals",
         "status": "in_progress", "note": "Fields due in the next release"}


def url(project, query=""):
    return reverse("readiness:add", args=[project.pk]) + query


def test_an_area_link_preselects_the_area(editor_client, project):
    form = editor_client.get(url(project, "?area=funding")).context["form"]
    assert form["area"].value() == "funding"
    assert form["status"].value() == "not_started"
    assert editor_client.get(url(project, "?area=moon")).context["form"]["area"].value() is None


def test_add_an_item(editor_client, editor, project):
    response = editor_client.post(url(project), {**VALID, "owner": editor.pk})
    assert response.status_code == 302
    item = ReadinessItem.objects.get()
    assert (item.project, item.area, item.owner, item.status, item.created_by) == (
        project, "data_systems", editor, "in_progress", editor)
    assert AuditEntry.objects.filter(action="readiness.added").count() == 1
    revision = PlanRevision.objects.get(project=project)
    assert revision.summary == ("Readiness: added Data systems: Case system records FGC "
                                "referrals (In progress)")
    [entry] = revision.content["readiness"]
    assert entry["fields"]["Owner"] == "Eddie"


def errors_for(client, project, **changes):
    before = ReadinessItem.objects.count()
    response = client.post(url(project), {**VALID, **changes})
    assert response.status_code == 200
    assert ReadinessItem.objects.count() == before
    assert not PlanRevision.objects.exists()
    return response.content.decode()


def test_empty_submission(editor_client, project):
    page = editor_client.post(url(project), {}).content.decode()
    assert "Select the area of preparation" in page
    assert "Select a status" in page
    assert not ReadinessItem.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"area": "catering"}, "Select an area of preparation from the list"),
    ({"status": "nearly"}, "Select a status from the list"),
    ({"description": "x" * 501}, "What needs to be in place must be 500 characters or fewer"),
    ({"note": "x" * 2001}, "Note must be 2,000 characters or fewer"),
    ({"area": "other", "description": ""}, "Enter what needs to be in place"),
    ({"owner": "abc"}, "Choose an owner from the list of people in your organisation"),
])
def test_bad_values_get_clear_messages(editor_client, project, changes, message):
    assert message in errors_for(editor_client, project, **changes)


def test_each_standard_area_once(editor_client, project):
    ReadinessItemFactory(project=project, area="data_systems")
    page = errors_for(editor_client, project)
    assert "Data systems is already on the checklist. Change that item instead" in page
    # Another project's item does not count, and other preparations can repeat.
    ReadinessItemFactory(project=ProjectFactory(organisation=project.organisation),
                         area="funding")
    assert editor_client.post(url(project), {**VALID, "area": "funding"}).status_code == 302
    for _ in range(2):
        assert editor_client.post(url(project), {**VALID, "area": "other"}).status_code == 302
    assert project.readiness_items.filter(area="other").count() == 2


def test_owner_must_be_in_the_organisation(editor_client, project, outsider):
    page = errors_for(editor_client, project, owner=outsider.pk)
    assert "Choose an owner from the list of people in your organisation" in page


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    assert viewer_client.get(url(project)).status_code == 403
    assert viewer_client.post(url(project), VALID).status_code == 403
    assert outsider_client.post(url(project), VALID).status_code == 404
    assert editor_client.put(url(project)).status_code == 405
    assert not ReadinessItem.objects.exists()
