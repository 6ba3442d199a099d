from django.urls import reverse

from tests.development.factories import PdActivityFactory
from tests.factories import ProjectFactory


def url(project):
    return reverse("development:index", args=[project.pk])


def test_empty_plan_shows_every_group_missing(viewer_client, project):
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    assert "The plan uses mechanisms from 0 of the 4 groups." in page
    for name in ("Build knowledge", "Motivate", "Develop techniques", "Embed practice"):
        assert f"{name}: not covered" in page
    assert page.count("Not used") == 14
    assert "No professional development has been planned yet." in page
    assert "Add an activity" not in page  # viewers cannot add


def test_coverage_ticks_mechanisms_and_lists_missing_groups(viewer_client, project):
    training = PdActivityFactory(project=project, name="UK standards course",
                                 mechanisms=["instruct-technique", "credible-source"])
    PdActivityFactory(project=project, name="Supervision", kind="supervision",
                      follow_on_of=training, mechanisms=["monitor-and-feedback"])
    PdActivityFactory(project=ProjectFactory(organisation=project.organisation),
                      mechanisms=["action-planning"])
    response = viewer_client.get(url(project))
    page = response.content.decode()
    assert "The plan uses mechanisms from 2 of the 4 groups." in page
    assert [g.name for g in response.context["missing"]] == ["Build knowledge",
                                                              "Embed practice"]
    assert "Develop techniques: covered" in page
    assert "Used by UK standards course" in page
    assert "Used by Supervision" in page
    assert page.count("Not used") == 11
    assert "Follows on from UK standards course" in page
    assert "Followed up by Supervision" in page
    assert "No follow-on support" not in page


def test_training_without_follow_on_is_marked(viewer_client, project):
    PdActivityFactory(project=project, name="One-off course", mechanisms=["instruct-technique"])
    PdActivityFactory(project=project, name="Embedded course", mechanisms=["prompts-and-cues"])
    response = viewer_client.get(url(project))
    rows = {row.activity.name: row for row in response.context["rows"]}
    assert rows["One-off course"].needs_follow_on
    assert not rows["Embedded course"].needs_follow_on
    page = response.content.decode()
    assert "The training &#x27;One-off course&#x27; has no follow-on support" in page
    assert "Embedded course&#x27; has no follow-on" not in page


def test_editors_see_actions(editor_client, project):
    activity = PdActivityFactory(project=project)
    page = editor_client.get(url(project)).content.decode()
    assert reverse("development:add", args=[project.pk]) in page
    assert reverse("development:edit", args=[project.pk, activity.pk]) in page
    assert reverse("development:remove", args=[project.pk, activity.pk]) in page


def test_constant_queries(viewer_client, project, django_assert_max_num_queries):
    PdActivityFactory(project=project, mechanisms=["instruct-technique"])
    with django_assert_max_num_queries(30) as one:
        viewer_client.get(url(project))
    training = PdActivityFactory(project=project)
    for _ in range(10):
        PdActivityFactory(project=project, follow_on_of=training,
                          mechanisms=["action-planning", "rehearse-technique"])
    with django_assert_max_num_queries(len(one.captured_queries)):
        viewer_client.get(url(project))


def test_outsider_gets_404_and_posts_are_refused(outsider_client, editor_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert editor_client.post(url(project)).status_code == 405
