"""Monitoring in a real browser: add a measure, enter a figure, read the chart; every
page checked for accessibility."""

import datetime
import os

import pytest
from playwright.sync_api import expect

from tests.adaptations.factories import AdaptationFactory
from tests.factories import ProjectFactory
from tests.monitoring.factories import MeasureFactory, RecalculationFactory, monthly
from tests.plans.factories import ImplementationOutcomeFactory

pytestmark = pytest.mark.browser

VALUES = [40, 42, 41, 43, 42, 40, 41, 42, 43, 41, 42, 40, 41, 42, 45, 47, 46, 48, 47, 49,
          48, 50, 30]


def test_monitoring_and_a_measure_page(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="deliver")
    outcome = ImplementationOutcomeFactory(project=project, outcome_type="reach",
                                           statement="All families are offered an FGC")
    measure = MeasureFactory(project=project, name="Families offered an FGC",
                             implementation_outcome=outcome, target=45, unit="families")
    monthly(measure, VALUES, start=datetime.date(2023, 1, 1))
    RecalculationFactory(measure=measure, period=datetime.date(2024, 3, 1),
                         reason="Second co-ordinator started")
    AdaptationFactory(project=project, what_changed="Evening conferences",
                      decided_on=datetime.date(2023, 9, 12))
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/monitoring/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Monitoring")
    expect(page.get_by_role("table", name="Reach: All families are offered an FGC")
           ).to_contain_text("Families offered an FGC")
    expect(page.get_by_text("special cause concern since November 2024")).to_be_visible()
    page.get_by_text("What the variation and assurance icons mean").click()
    if os.getenv("TRELLIS_SCREENSHOTS"):
        page.screenshot(path=os.path.join(os.environ["TRELLIS_SCREENSHOTS"], "index.png"),
                        full_page=True)
    check_axe("monitoring page")

    page.get_by_role("table").get_by_role("link", name="Families offered an FGC").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Families offered an FGC")
    expect(page.get_by_role("img", name="Families offered an FGC (families)")).to_be_visible()
    expect(page.get_by_text("1 Sept 2023: Adaptation: Evening conferences").or_(
        page.get_by_text("12 Sep 2023: Adaptation: Evening conferences")).first).to_be_visible()
    if os.getenv("TRELLIS_SCREENSHOTS"):
        page.screenshot(path=os.path.join(os.environ["TRELLIS_SCREENSHOTS"], "measure.png"),
                        full_page=True)
    check_axe("measure page")

    page.get_by_role("button", name="Enter or correct figures").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter or correct figures")
    page.get_by_role("button", name="Add the figure").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "Enter a date")
    check_axe("enter a figure, with errors")
    page.get_by_label("Day").fill("3")
    page.get_by_label("Month").fill("11")
    page.get_by_label("Year").fill("2024")
    page.get_by_label("Value (families)").fill("44")
    page.get_by_role("button", name="Add the figure").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "November 2024 already has a figure")
    page.get_by_label("Month").fill("12")
    page.get_by_role("button", name="Add the figure").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Figure for December 2024 added")
    page.get_by_role("link", name="Correct the figure for December 2024").click()
    expect(page.get_by_label("Value (families)")).to_have_value("44")
    check_axe("correct a figure")

    page.goto(f"/projects/{project.pk}/monitoring/add/")
    check_axe("add a measure")
