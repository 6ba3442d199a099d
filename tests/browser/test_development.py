"""The professional development plan in a real browser, checked for accessibility."""

import pytest
from playwright.sync_api import expect

from tests.development.factories import PdActivityFactory
from tests.factories import ProjectFactory

pytestmark = pytest.mark.browser


def test_editor_plans_professional_development(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="prepare")
    training = PdActivityFactory(project=project, name="UK standards course",
                                 mechanisms=["instruct-technique", "credible-source"])
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/development/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Professional development plan")
    expect(page.get_by_text("The plan uses mechanisms from 2 of the 4 groups.")).to_be_visible()
    expect(page.get_by_text("The training 'UK standards course' has no follow-on support"
                            )).to_be_visible()
    check_axe("plan page")

    page.get_by_role("button", name="Add an activity").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Add a professional development activity")
    check_axe("add an activity")
    page.get_by_role("button", name="Add to the plan").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "Enter the name of the activity")
    check_axe("add, with errors")

    page.get_by_label("Name of the activity").fill("Monthly supervision")
    page.get_by_role("group", name="What type of activity is it?").get_by_label(
        "Supervision").check()
    page.get_by_role("group", name="Mechanisms to embed practice").get_by_label(
        "Prompt action planning").check()
    page.get_by_label("Is it follow-on support for another activity?").select_option(
        label="UK standards course")
    page.get_by_role("button", name="Add to the plan").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "'Monthly supervision' added to the plan")
    expect(page.get_by_text("The plan uses mechanisms from 3 of the 4 groups.")).to_be_visible()
    expect(page.get_by_text("Followed up by Monthly supervision")).to_be_visible()

    page.goto(f"/projects/{project.pk}/development/{training.pk}/edit/")
    check_axe("edit an activity")
    page.goto(f"/projects/{project.pk}/development/{training.pk}/remove/")
    check_axe("remove an activity")
