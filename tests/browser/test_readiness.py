"""The readiness checklist in a real browser, checked for accessibility."""

import pytest
from playwright.sync_api import expect

from tests.factories import ProjectFactory, TeamMemberFactory
from tests.readiness.factories import ReadinessItemFactory

pytestmark = pytest.mark.browser


def test_editor_works_through_the_checklist(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="deliver")
    TeamMemberFactory(project=project, user=editor, role="lead")
    item = ReadinessItemFactory(project=project, area="funding", status="in_progress")
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/readiness/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Readiness")
    expect(page.get_by_text("not confirmed as ready: Administrative support")).to_be_visible()
    check_axe("readiness page")

    page.get_by_role("link", name="Add Data systems").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a preparation")
    expect(page.get_by_role("group", name="Which area of preparation is it?").get_by_label(
        "Data systems")).to_be_checked()
    check_axe("add a preparation")
    page.get_by_role("group", name="Which area of preparation is it?").get_by_label(
        "Funding").check()
    page.get_by_role("button", name="Add to the checklist").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "Funding is already on the checklist")
    check_axe("add, with errors")
    page.get_by_role("group", name="Which area of preparation is it?").get_by_label(
        "Data systems").check()
    page.get_by_label("Who owns it?").select_option(label="Eddie")
    page.get_by_role("group", name="Status").get_by_label("Ready").check()
    page.get_by_role("button", name="Add to the checklist").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Data systems added to the checklist")

    page.goto(f"/projects/{project.pk}/readiness/{item.pk}/edit/")
    check_axe("change an item")
    page.goto(f"/projects/{project.pk}/readiness/{item.pk}/remove/")
    check_axe("remove an item")
