from django.urls import reverse

from tests.engagement.factories import EngagementActivityFactory
from tests.factories import ProjectFactory
from trellis.engagement.models import EngagementActivity


def url(activity):
    return reverse("engagement:edit", args=[activity.project_id, activity.pk])


def form_data(activity, **changes):
    data = {
        "audiences": [a.audience for a in activity.audiences.all()],
        "method": activity.method, "held_on_day": str(activity.held_on.day),
        "held_on_month": str(activity.held_on.month), "held_on_year": str(activity.held_on.year),
        "people_count": str(activity.people_count), "summary": activity.summary,
        "what_changed": activity.what_changed, "version": activity.version,
    }
    return {**data, **changes}


def test_form_shows_the_saved_answers(editor_client, project):
    activity = EngagementActivityFactory(project=project, audiences=["leaders"])
    form = editor_client.get(url(activity)).context["form"]
    assert form["audiences"].value() == ["leaders"]
    assert form["version"].value() == 1


def test_edit_saves_replaces_audiences_and_bumps_version(editor_client, project):
    activity = EngagementActivityFactory(project=project, audiences=["leaders", "partners"])
    response = editor_client.post(url(activity), form_data(
        activity, audiences=["partners", "children_young_people"],
        what_changed="Groups moved to after school"))
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.what_changed == "Groups moved to after school"
    assert activity.version == 2
    assert sorted(a.audience for a in activity.audiences.all()) == ["children_young_people",
                                                                    "partners"]


def test_stale_edit_is_refused_and_input_kept(editor_client, admin_client, project):
    activity = EngagementActivityFactory(project=project)
    first = form_data(activity, summary="Eddie's summary")
    second = form_data(activity, what_changed="Ada's change")
    assert editor_client.post(url(activity), first).status_code == 302
    response = admin_client.post(url(activity), second)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this activity while you were editing it" in page
    assert "Ada&#x27;s change" in page  # the input is kept
    assert "Latest saved version" in page
    assert str(response.context["form"]["version"].value()) == "2"
    activity.refresh_from_db()
    assert (activity.summary, activity.what_changed) == ("Eddie's summary", "")


def test_bad_input_changes_nothing(editor_client, project):
    activity = EngagementActivityFactory(project=project)
    response = editor_client.post(url(activity), form_data(activity, summary=""))
    assert "Enter what happened" in response.content.decode()
    assert EngagementActivity.objects.get().version == 1


def test_another_projects_activity_is_not_found(editor_client, project, org_a):
    elsewhere = EngagementActivityFactory(project=ProjectFactory(organisation=org_a))
    wrong = reverse("engagement:edit", args=[project.pk, elsewhere.pk])
    assert editor_client.get(wrong).status_code == 404
    assert editor_client.post(wrong, form_data(elsewhere, summary="x")).status_code == 404


def test_viewer_and_outsider(viewer_client, outsider_client, project):
    activity = EngagementActivityFactory(project=project)
    assert viewer_client.post(url(activity), form_data(activity)).status_code == 403
    assert outsider_client.get(url(activity)).status_code == 404
