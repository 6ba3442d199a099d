from datetime import date

from django.urls import reverse

from tests.factories import TeamMemberFactory


def test_project_page_shows_details_team_and_history(viewer_client, project, editor):
    TeamMemberFactory(project=project, user=editor, role="lead", responsibilities="Runs it")
    page = viewer_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "<h1 class=\"govuk-heading-l\">Family Group Conferences</h1>" in page
    assert "Eddie" in page and "Implementation lead" in page and "Runs it" in page
    assert "Explore checklist" in page and "Sustain checklist" in page


def test_critical_friend_points_to_the_guide(viewer_client, project):
    project.next_review_date = date(2020, 1, 1)
    project.save(update_fields=["next_review_date"])
    page = viewer_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "What needs attention" in page
    assert "No implementation lead is named" in page
    assert "The review was due" in page
    assert reverse("framework:page", args=["sustain"]) + "#sustain-review-and-act" in page


def test_viewer_sees_no_edit_actions(viewer_client, editor_client, project):
    edit = reverse("projects:edit", args=[project.pk])
    assert edit not in viewer_client.get(reverse("projects:detail", args=[project.pk])
                                         ).content.decode()
    assert edit in editor_client.get(reverse("projects:detail", args=[project.pk])
                                     ).content.decode()


def test_project_page_queries_stay_fixed(viewer_client, project, editor,
                                         django_assert_max_num_queries):
    from tests.factories import EvidenceItemFactory
    for i in range(10):
        TeamMemberFactory(project=project, role="champion")
        slice_ = "wider-research" if i % 2 else "lived-experience"
        EvidenceItemFactory(project=project, slice=slice_)
    with django_assert_max_num_queries(15):
        assert viewer_client.get(reverse("projects:detail", args=[project.pk])).status_code == 200
