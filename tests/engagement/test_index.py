from django.urls import reverse

from tests.engagement.factories import EngagementActivityFactory
from tests.factories import ProjectFactory


def url(project):
    return reverse("engagement:index", args=[project.pk])


def test_empty_log(viewer_client, project):
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    assert "No engagement has been logged yet." in page
    assert "No children, young people, parents or carers have been engaged yet" in page
    assert "Log an activity" not in page  # viewers cannot add


def test_newest_first_with_counts_by_audience(editor_client, project):
    import datetime
    EngagementActivityFactory(project=project, held_on=datetime.date(2026, 1, 5),
                              summary="Older workshop", people_count=8,
                              audiences=["practitioners", "leaders"])
    EngagementActivityFactory(project=project, held_on=datetime.date(2026, 2, 5),
                              method="consultation", summary="Carers consultation",
                              people_count=20, audiences=["parents_carers"])
    response = editor_client.get(url(project))
    page = response.content.decode()
    assert page.index("Carers consultation") < page.index("Older workshop")
    counts = {c.label: c.activities for c in response.context["audience_counts"]}
    assert counts == {"Practitioners": 1, "Leaders": 1, "Partners": 0,
                      "Children and young people": 0, "Parents and carers": 1}
    assert "2 activities, 28 people taking part in all" in page
    assert "No children, young people, parents or carers" not in page
    assert "5 Feb 2026: Consultation" in page
    assert "Practitioners, Leaders" in page
    assert "Log an activity" in page


def test_what_changed_is_shown_as_missing_when_empty(viewer_client, project):
    EngagementActivityFactory(project=project, what_changed="")
    assert "Not recorded yet" in viewer_client.get(url(project)).content.decode()


def test_only_this_projects_activities(viewer_client, project, org_a):
    EngagementActivityFactory(project=ProjectFactory(organisation=org_a),
                              summary="Somebody else's workshop")
    assert "Somebody else's workshop" not in viewer_client.get(url(project)).content.decode()


def test_constant_queries(editor_client, project, django_assert_max_num_queries):
    EngagementActivityFactory(project=project)
    with django_assert_max_num_queries(20) as one:
        editor_client.get(url(project))
    for _ in range(10):
        EngagementActivityFactory(project=project, audiences=["leaders", "partners"])
    with django_assert_max_num_queries(len(one.captured_queries)):
        editor_client.get(url(project))


def test_outsider_gets_404(outsider_client, project):
    assert outsider_client.get(url(project)).status_code == 404


def test_write_methods_refused(editor_client, project):
    assert editor_client.post(url(project)).status_code == 405
