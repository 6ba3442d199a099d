"""The reflection log in a real browser, checked for accessibility."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.factories import ProjectFactory
from tests.reflection.factories import ActionFactory, MeasureFactory, ReviewFactory
from trellis.reflection.models import Action

pytestmark = pytest.mark.browser


def test_team_logs_a_review_and_moves_an_action_on(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="deliver")
    MeasureFactory(project=project, name="Fidelity: Private family time")
    earlier = ReviewFactory(project=project, held_on=datetime.date(2025, 11, 20))
    ActionFactory(meeting=earlier, description="Meet the south locality team managers",
                  due_on=datetime.date(2025, 12, 19), status="in-progress")
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/reflection/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Reflection log")
    check_axe("reflection log")

    page.get_by_role("button", name="Record a review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a review")
    check_axe("record a review")
    page.get_by_role("button", name="Record the review").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "Enter who attended")
    check_axe("record a review, with errors")
    page.get_by_label("Day").fill("10")
    page.get_by_label("Month").fill("1")
    page.get_by_label("Year").fill("2026")
    page.get_by_label("Who attended?").fill("FGC service lead, three co-ordinators")
    page.get_by_label("Fidelity: Private family time").check()
    page.get_by_label("What was learnt?").fill("Private family time is improving")
    page.get_by_role("button", name="Record the review").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Review on 10 January 2026 recorded")

    page.get_by_role("link", name="Add an action to the review on 10 january 2026").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add an action")
    check_axe("add an action")
    page.get_by_label("What will be done?").fill("Share the results at the team meeting")
    page.get_by_label("Who owns it?").fill("FGC team manager")
    page.get_by_label("Day").fill("30")
    page.get_by_label("Month").fill("4")
    page.get_by_label("Year").fill("2030")
    page.get_by_role("button", name="Add the action").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text("Action added")
    check_axe("reflection log with actions")

    page.get_by_role("link", name="See all actions").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Actions from reviews")
    table = page.get_by_role("table", name="All actions, overdue first")
    first_row = table.get_by_role("row").nth(1)
    expect(first_row).to_contain_text("Meet the south locality team managers")
    expect(first_row).to_contain_text("Overdue")
    check_axe("actions")
    first_row.get_by_role("button", name="Mark done").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Action marked as done")
    assert Action.objects.get(description__startswith="Meet").status == "done"

    action = Action.objects.get(description__startswith="Share")
    page.goto(f"/projects/{project.pk}/reflection/actions/{action.pk}/edit/")
    check_axe("edit an action")
    page.goto(f"/projects/{project.pk}/reflection/actions/{action.pk}/remove/")
    check_axe("remove an action")
    page.goto(f"/projects/{project.pk}/reflection/{earlier.pk}/edit/")
    check_axe("edit a review")
    page.goto(f"/projects/{project.pk}/reflection/{earlier.pk}/remove/")
    check_axe("remove a review")
