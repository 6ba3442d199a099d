"""The measure page: chart, icons, table and downloads."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.urls import reverse
from openpyxl import load_workbook
from PIL import Image

from tests.adaptations.factories import AdaptationFactory
from tests.monitoring.factories import (
    DataPointFactory,
    MeasureFactory,
    ProportionFactory,
    RecalculationFactory,
    monthly,
)
from trellis.monitoring.models import DataPoint

STEADY = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 10, 11, 12]


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(datetime.datetime(2025, 4, 10, 12, tzinfo=datetime.UTC),
                             tick=False):
        yield


def url(measure, name="monitoring:measure"):
    return reverse(name, args=[measure.project_id, measure.pk])


def test_the_chart_icons_and_table(viewer_client, project):
    measure = MeasureFactory(project=project, name="Referrals", target=20, direction="up")
    monthly(measure, [*STEADY, 30])  # January 2024 to March 2025, a high last point
    response = viewer_client.get(url(measure))
    page = response.content.decode()
    assert response.status_code == 200
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page
    assert "<title id=\"spc-chart-title\">Referrals</title>" in page
    assert "Latest point: special cause improvement – high." in page
    assert "Special cause improvement – high" in page  # the variation icon's label
    assert response.context["assurance"] == "Consistently failing the target"
    rows = response.context["rows"]
    assert len(rows) == 15
    assert (rows[-1].period_label, rows[-1].value, rows[-1].classification) == (
        "March 2025", "30", "Special cause improvement")
    assert rows[-1].reasons and "upper process limit" in " ".join(rows[-1].reasons)
    assert rows[0].upper and rows[0].lower
    assert "Runs and trends of 6 points" in page


def test_fewer_than_13_points_say_limits_need_13(viewer_client, project):
    measure = MeasureFactory(project=project)
    monthly(measure, STEADY[:5])
    page = viewer_client.get(url(measure)).content.decode()
    assert "Process limits need at least 13 points and this measure has 5" in page
    assert "Too few points (5 of the 13 needed)" in page


def test_no_data_yet(viewer_client, project):
    measure = MeasureFactory(project=project)
    page = viewer_client.get(url(measure)).content.decode()
    assert "No figures have been recorded for this measure yet" in page
    assert "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox" not in page
    response = viewer_client.get(url(measure, "monitoring:chart_png"))
    assert response.status_code == 302


def test_a_proportion_reads_in_percent_with_its_counts(viewer_client, project):
    measure = ProportionFactory(project=project, chart_type="p", target=40)
    DataPoint.objects.bulk_create([
        DataPoint(measure=measure, period=datetime.date(2024, m, 1), value=n / 40,
                  numerator=n, denominator=40)
        for m, n in zip(range(1, 13), [12, 14, 13, 15, 12, 16, 14, 13, 12, 15, 14, 13],
                        strict=True)])
    response = viewer_client.get(url(measure))
    rows = response.context["rows"]
    assert (rows[0].value, rows[0].counts) == ("30%", "12 of 40")
    assert "Target 40%" in response.content.decode()


def test_plan_events_in_the_charts_range_are_marked(viewer_client, project):
    measure = MeasureFactory(project=project)
    monthly(measure, STEADY)  # January 2024 to February 2025
    AdaptationFactory(project=project, what_changed="Evening conferences",
                      decided_on=datetime.date(2024, 6, 12))
    AdaptationFactory(project=project, what_changed="Before the data",
                      decided_on=datetime.date(2023, 6, 12))
    response = viewer_client.get(url(measure))
    page = response.content.decode()
    assert [e.label for e in response.context["events"]] == ["Adaptation: Evening conferences"]
    assert "12 Jun 2024: Adaptation: Evening conferences" in page
    assert "Before the data" not in page


def test_recalculation_points_step_the_limits(viewer_client, editor_client, project):
    measure = MeasureFactory(project=project)
    monthly(measure, [*STEADY, 30, 31, 29, 30, 32])  # to July 2025
    RecalculationFactory(measure=measure, period=datetime.date(2025, 3, 1),
                         reason="New referral pathway")
    response = viewer_client.get(url(measure))
    page = response.content.decode()
    assert "From March 2025: New referral pathway" in page
    assert "Limits recalculated" in page
    rows = response.context["rows"]
    assert rows[13].upper != rows[15].upper


def test_svg_download_is_svg_with_a_title(viewer_client, project):
    measure = MeasureFactory(project=project, name="Referrals & returns")
    monthly(measure, STEADY)
    response = viewer_client.get(url(measure, "monitoring:chart_svg"))
    assert response["Content-Type"] == "image/svg+xml"
    assert 'filename="referrals-returns.svg"' in response["Content-Disposition"]
    root = ET.fromstring(response.content)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert root.find(f"{ns}title").text == "Referrals & returns"


def test_png_download_is_a_real_png(viewer_client, project):
    measure = MeasureFactory(project=project)
    monthly(measure, STEADY)
    response = viewer_client.get(url(measure, "monitoring:chart_png"))
    assert response["Content-Type"] == "image/png"
    assert response.content[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG" and image.width == 1800
    # Not blank: the points are drawn in grey on white
    assert len(image.getcolors(maxcolors=1_000_000)) > 10


def test_table_downloads(viewer_client, project):
    measure = ProportionFactory(project=project, name="Converted", target=40)
    DataPointFactory(measure=measure, period=datetime.date(2025, 1, 1), value=0.25,
                     numerator=10, denominator=40, note="=cmd()")
    response = viewer_client.get(url(measure, "monitoring:export_csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Period", "Period starts", "Value", "Numerator"]
    assert rows[1][:5] == ["January 2025", "2025-01-01", "25.0", "10.0", "40.0"]
    assert rows[1][-1] == "'=cmd()"  # a formula is neutralised
    response = viewer_client.get(url(measure, "monitoring:export_xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A2"].value == "January 2025" and sheet["C2"].value == 25


def test_another_projects_measure_is_not_found(viewer_client, project, other_project):
    measure = MeasureFactory(project=other_project)
    assert viewer_client.get(reverse("monitoring:measure",
                                     args=[project.pk, measure.pk])).status_code == 404


def test_notes_in_the_table_are_shown_as_text(viewer_client, project):
    measure = MeasureFactory(project=project)
    DataPointFactory(measure=measure, period=datetime.date(2025, 1, 1), note="<b>late</b>")
    page = viewer_client.get(url(measure)).content.decode()
    assert "Note: &lt;b&gt;late&lt;/b&gt;" in page and "<b>late</b>" not in page
