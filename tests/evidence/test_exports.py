import csv
import io
from datetime import date

import time_machine
from django.urls import reverse
from openpyxl import load_workbook

from tests.evidence.factories import EvidenceItemFactory
from tests.factories import ProjectFactory
from trellis.evidence.exports import evidence_sheet


@time_machine.travel(date(2026, 3, 27))
def test_csv_has_every_item_in_pie_order_with_formulas_neutralised(viewer_client, project,
                                                                  editor, org_a):
    EvidenceItemFactory(project=project, slice="wider-research", title="=HYPERLINK(\"x\")")
    EvidenceItemFactory(project=project, slice="population-data", title="Census tables",
                        created_by=editor, attachment_name="census.pdf",
                        attachment_size=20_480)
    EvidenceItemFactory(project=ProjectFactory(organisation=org_a), title="Not this one")
    response = viewer_client.get(reverse("evidence:export_csv", args=[project.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="family-group-conferences-evidence.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Evidence Pie slice", "Title", "What it shows"]
    assert [r[1] for r in rows[1:]] == ["Census tables", "'=HYPERLINK(\"x\")"]
    census = dict(zip(rows[0], rows[1], strict=True))
    assert census["Evidence Pie slice"] == "Population data"
    assert census["Attached file"] == "census.pdf"
    assert census["File size (KB)"] == "20"
    assert census["Added by"] == "Eddie"
    assert census["Added on"] == "2026-03-27"


def test_excel_workbook_has_typed_columns(viewer_client, project):
    EvidenceItemFactory(project=project, attachment_name="a.pdf", attachment_size=4096)
    response = viewer_client.get(reverse("evidence:export_xlsx", args=[project.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-evidence.xlsx"')
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Evidence"]
    ws = workbook["Evidence"]
    headers = [c.value for c in ws[1]]
    size = ws.cell(row=2, column=headers.index("File size (KB)") + 1)
    added = ws.cell(row=2, column=headers.index("Added on") + 1)
    assert size.value == 4 and size.number_format == "0"
    assert added.number_format == "dd/mm/yyyy"


def test_sheet_for_the_lead_to_combine(project, django_assert_num_queries):
    EvidenceItemFactory.create_batch(3, project=project)
    with django_assert_num_queries(1):
        sheet = evidence_sheet(project)
        rows = list(sheet.rows)
    assert sheet.title == "Evidence" and len(rows) == 3
    assert len(rows[0]) == len(sheet.columns)


def test_outsider_gets_404_and_post_is_405(outsider_client, viewer_client, project):
    for name in ("evidence:export_csv", "evidence:export_xlsx"):
        assert outsider_client.get(reverse(name, args=[project.pk])).status_code == 404
        assert viewer_client.post(reverse(name, args=[project.pk])).status_code == 405
