from django.urls import reverse

from tests.evidence.factories import EvidenceItemFactory
from tests.factories import ProjectFactory


def url(project, **query):
    base = reverse("evidence:list", args=[project.pk])
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def titles(response) -> list[str]:
    return [row["title"] for row in response.context["rows"]]


def test_lists_the_projects_evidence_in_pie_order(viewer_client, project, org_a):
    EvidenceItemFactory(project=project, slice="wider-research", title="A systematic review")
    EvidenceItemFactory(project=project, slice="population-data", title="Census tables")
    EvidenceItemFactory(project=ProjectFactory(organisation=org_a), title="Someone else's")
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    assert titles(response) == ["Census tables", "A systematic review"]
    page = response.content.decode()
    assert "Family Group Conferences" in page and "Wider scientific research" in page
    assert "Evidence from 2 of 6 slices" in page
    assert reverse("evidence:add", args=[project.pk]) not in page  # a viewer cannot add


def test_editor_sees_the_add_button(editor_client, project):
    page = editor_client.get(url(project)).content.decode()
    assert reverse("evidence:add", args=[project.pk]) in page
    assert "No evidence has been recorded for this project yet" in page


def test_filter_by_slice(viewer_client, project):
    EvidenceItemFactory(project=project, slice="lived-experience", title="Carers' views")
    EvidenceItemFactory(project=project, slice="population-data", title="Census tables")
    response = viewer_client.get(url(project, slice="lived-experience"))
    assert titles(response) == ["Carers' views"]
    page = response.content.decode()
    assert "1 item from lived experience" in page
    assert '<option value="lived-experience" selected>' in page


def test_adding_from_a_filtered_list_chooses_the_slice(editor_client, project):
    page = editor_client.get(url(project, slice="evaluations")).content.decode()
    assert reverse("evidence:add", args=[project.pk]) + "?slice=evaluations" in page


def test_filter_on_an_empty_slice_says_so(viewer_client, project):
    EvidenceItemFactory(project=project, slice="population-data")
    response = viewer_client.get(url(project, slice="evaluations"))
    assert titles(response) == []
    assert "No evidence from evaluations of interventions" in response.content.decode()


def test_an_unknown_slice_shows_everything_with_a_message(viewer_client, project):
    EvidenceItemFactory(project=project, title="Census tables")
    for nonsense in ("no-such-slice", "%3Cscript%3E", "%00"):
        response = viewer_client.get(url(project, slice=nonsense))
        assert response.status_code == 200
        assert titles(response) == ["Census tables"]
        assert "There is no Evidence Pie slice called" in response.content.decode()
    assert "<script>" not in viewer_client.get(url(project, slice="%3Cscript%3E")).content.decode()


def test_queries_do_not_grow_with_the_list(viewer_client, project, django_assert_max_num_queries):
    EvidenceItemFactory(project=project)
    with django_assert_max_num_queries(20) as few:
        viewer_client.get(url(project))
    EvidenceItemFactory.create_batch(15, project=project, slice="evaluations")
    with django_assert_max_num_queries(len(few.captured_queries)):
        viewer_client.get(url(project))


def test_outsider_gets_404_and_post_is_405(outsider_client, viewer_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert viewer_client.post(url(project)).status_code == 405


def test_long_lists_come_a_hundred_at_a_time_keeping_the_slice(viewer_client, project):
    for n in range(103):
        EvidenceItemFactory(project=project, slice="lived-experience", title=f"View {n:03d}")
    EvidenceItemFactory(project=project, slice="population-data", title="Census tables")
    first = viewer_client.get(url(project, slice="lived-experience"))
    assert titles(first) == [f"View {n:03d}" for n in range(100)]
    page = first.content.decode()
    assert "103 items from lived experience" in page and "Showing 1 to 100" in page
    assert 'href="?slice=lived-experience&amp;page=2" rel="next"' in page
    second = viewer_client.get(url(project, slice="lived-experience", page=2))
    assert titles(second) == ["View 100", "View 101", "View 102"]
    assert 'rel="prev"' in second.content.decode()
    # A page that is not a number shows the first; one past the end shows the last.
    assert titles(viewer_client.get(url(project, page="abc")))[0] == "Census tables"
    assert titles(viewer_client.get(url(project, page=99))) == [
        "View 099", "View 100", "View 101", "View 102"]


def test_a_short_list_has_no_pages(viewer_client, project):
    EvidenceItemFactory(project=project)
    page = viewer_client.get(url(project)).content.decode()
    assert "govuk-pagination" not in page and "Showing" not in page
