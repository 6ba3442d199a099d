from django.urls import reverse

from tests.adaptations.factories import AdaptationFactory, ComponentFactory
from tests.factories import ProjectFactory


def url(project):
    return reverse("adaptations:index", args=[project.pk])


def test_empty_log(viewer_client, project):
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    assert "No adaptations have been recorded yet." in page
    assert "Record an adaptation" not in page  # viewers cannot add


def test_log_flags_changes_to_core_components(viewer_client, project):
    component = ComponentFactory(project=project, name="Private family time")
    AdaptationFactory(project=project, what_changed="Evening conferences")
    AdaptationFactory(project=project, what_changed="Shorter family time",
                      core_component=component, planned="reactive",
                      outcome="Families felt rushed")
    AdaptationFactory(project=ProjectFactory(organisation=project.organisation),
                      what_changed="Another project's change")
    response = viewer_client.get(url(project))
    page = response.content.decode()
    assert "2 adaptations recorded, most recent first. 1 changes a core component." in page
    assert "Changes core component: Private family time" in page
    assert "Only how the approach is delivered" in page
    assert "Families felt rushed" in page
    assert "Not recorded yet" in page  # the other's outcome
    assert "Reactive" in page
    assert "Another project" not in page
    assert ("An adaptation changes the core component &#x27;Private family time&#x27;: "
            "Shorter family time.") in page


def test_editors_see_actions(editor_client, project):
    adaptation = AdaptationFactory(project=project)
    page = editor_client.get(url(project)).content.decode()
    assert reverse("adaptations:add", args=[project.pk]) in page
    assert reverse("adaptations:edit", args=[project.pk, adaptation.pk]) in page
    assert reverse("adaptations:remove", args=[project.pk, adaptation.pk]) in page


def test_constant_queries(viewer_client, project, django_assert_max_num_queries):
    AdaptationFactory(project=project, core_component=ComponentFactory(project=project))
    with django_assert_max_num_queries(30) as one:
        viewer_client.get(url(project))
    for _ in range(10):
        AdaptationFactory(project=project, core_component=ComponentFactory(project=project))
        AdaptationFactory(project=project)
    with django_assert_max_num_queries(len(one.captured_queries)):
        viewer_client.get(url(project))


def test_outsider_gets_404_and_posts_are_refused(outsider_client, editor_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert editor_client.post(url(project)).status_code == 405
