import io

from django.urls import reverse
from openpyxl import load_workbook

from tests.decisions.factories import CandidateFactory, appraise_all
from tests.factories import EvidenceItemFactory, ProjectFactory
from trellis.decisions.criteria import CRITERIA


def url(project, name="projects:explore"):
    return reverse(name, args=[project.pk])


def test_empty_project_shows_what_to_do_first(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "<h1 class=\"govuk-heading-l\">Explore</h1>" in page
    assert "No evidence is recorded yet" in page
    assert "No barriers or enablers" in page
    assert "No candidate approaches yet" in page


def test_shows_progress_and_only_explore_checks(viewer_client, project):
    for slice_ in ("population-data", "lived-experience", "wider-research"):
        EvidenceItemFactory(project=project, slice=slice_)
    candidate = CandidateFactory(project=project, name="Peer groups")
    appraise_all(candidate, {c.slug: 3 for c in CRITERIA if c.stage == "suitability"})
    response = viewer_client.get(url(project))
    page = response.content.decode()
    assert "Evidence from 3 of 6 slices" in page
    assert "1 candidate approach, 0 appraised for suitability and feasibility" in page
    areas = {f.area for f in response.context["findings"]}
    assert areas <= {"evidence", "needs", "decisions", "barriers", "engagement"}
    assert "suitability-without-feasibility" in {f.rule for f in response.context["findings"]}
    # The project-level checks (no lead named...) belong on the project page, not here.
    assert "No implementation lead" not in page


def test_query_count_does_not_grow_with_the_project(viewer_client, project,
                                                     django_assert_max_num_queries):
    for i in range(30):
        EvidenceItemFactory(project=project, slice="population-data" if i % 2 else "wider-research")
    for _ in range(5):
        appraise_all(CandidateFactory(project=project), {"addresses-need": 4})
    with django_assert_max_num_queries(15):
        assert viewer_client.get(url(project)).status_code == 200


def test_workbook_has_the_evidence_and_the_comparison(viewer_client, project):
    EvidenceItemFactory(project=project, title="=cmd|' /C calc'!A0")
    CandidateFactory(project=project, name="Peer groups")
    response = viewer_client.get(url(project, "projects:explore_download"))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-explore.xlsx"')
    workbook = load_workbook(io.BytesIO(response.content))
    assert len(workbook.sheetnames) == 2
    cells = [c.value for row in workbook.worksheets[0].iter_rows() for c in row]
    assert "'=cmd|' /C calc'!A0" in cells
    names = [c.value for row in workbook.worksheets[1].iter_rows() for c in row]
    assert "Peer groups" in names


def test_another_organisations_project_is_not_found(outsider_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert outsider_client.get(url(project, "projects:explore_download")).status_code == 404


def test_project_page_links_to_explore_and_shows_the_pie(viewer_client, project):
    EvidenceItemFactory(project=project)
    page = viewer_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert url(project) in page
    assert "Evidence from 1 of 6 slices" in page
    assert reverse("decisions:index", args=[project.pk]) in page


def test_other_projects_evidence_is_not_counted(viewer_client, project, org_a):
    EvidenceItemFactory(project=ProjectFactory(organisation=org_a))
    assert "No evidence recorded yet" in viewer_client.get(url(project)).content.decode()
