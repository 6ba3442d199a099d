import csv
import io

from django.urls import reverse
from openpyxl import load_workbook

from tests.decisions.factories import AppraisalFactory, CandidateFactory
from tests.factories import EvidenceItemFactory
from trellis.decisions.exports import appraisals_sheet, comparison_sheet


def setup_candidates(project):
    groups = CandidateFactory(project=project, name="Peer network groups", origin="local")
    appraisal = AppraisalFactory(candidate=groups, criterion="addresses-need", rating=5,
                                 rationale="=HYPERLINK(\"bad\")")
    appraisal.evidence.add(EvidenceItemFactory(project=project, title="Carers' survey"))
    AppraisalFactory(candidate=groups, criterion="simple", rating=2)
    CandidateFactory(project=project, name="Advice line", origin="other")


def test_comparison_sheet(project):
    setup_candidates(project)
    sheet = comparison_sheet(project)
    headers = [c.header for c in sheet.columns]
    assert headers[:3] == ["Candidate approach", "Where it comes from",
                           "Suitability: Addresses the need"]
    assert headers[-2:] == ["Overall average", "Criteria rated"]
    assert len(headers) == 2 + 9 + 2 + 2
    rows = list(sheet.rows)
    assert [r[0] for r in rows] == ["Advice line", "Peer network groups"]
    groups = rows[1]
    assert groups[1] == "Locally developed approach"
    assert groups[2:6] == [5, None, None, 5.0]
    assert groups[-3:] == [2.0, 3.5, 2]
    assert rows[0][2:] == [None] * 12 + [0]


def test_comparison_sheet_sorted(project):
    setup_candidates(project)
    assert [r[0] for r in comparison_sheet(project, "overall").rows] == [
        "Peer network groups", "Advice line"]


def test_appraisals_sheet_has_reasons_and_evidence(project):
    setup_candidates(project)
    rows = list(appraisals_sheet(project).rows)
    assert [r[:4] for r in rows] == [
        ["Peer network groups", "Suitability", "Addresses the need", 5],
        ["Peer network groups", "Feasibility", "Simple", 2]]
    assert rows[0][5] == "Carers' survey"


def test_csv_download(viewer_client, project):
    setup_candidates(project)
    response = viewer_client.get(reverse("decisions:compare_csv", args=[project.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "family-group-conferences-candidate-comparison.csv" in (
        response["Content-Disposition"])
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Candidate approach"
    assert rows[2][:3] == ["Peer network groups", "Locally developed approach", "5"]


def test_xlsx_download_neutralises_formulas(viewer_client, project):
    setup_candidates(project)
    response = viewer_client.get(reverse("decisions:compare_xlsx", args=[project.pk]))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Comparison", "Appraisals"]
    assert workbook["Comparison"]["A3"].value == "Peer network groups"
    assert workbook["Appraisals"]["E2"].value == "'=HYPERLINK(\"bad\")"


def test_downloads_are_scoped(outsider_client, viewer_client, project):
    for name in ("decisions:compare_csv", "decisions:compare_xlsx"):
        assert outsider_client.get(reverse(name, args=[project.pk])).status_code == 404
        assert viewer_client.post(reverse(name, args=[project.pk])).status_code == 405


def test_downloads_use_a_constant_number_of_queries(viewer_client, project,
                                                    django_assert_max_num_queries):
    from tests.decisions.factories import appraise_all
    from trellis.decisions import criteria
    for n in range(30):
        appraise_all(CandidateFactory(project=project), {c.slug: n % 5 + 1
                                                         for c in criteria.CRITERIA})
    with django_assert_max_num_queries(9):
        response = viewer_client.get(reverse("decisions:compare_xlsx", args=[project.pk]))
    assert len(list(load_workbook(io.BytesIO(response.content))["Appraisals"].rows)) == 271
