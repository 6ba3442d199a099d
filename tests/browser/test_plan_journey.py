"""An editor builds the implementation plan by following links from the project
page: a core component, a barrier, a strategy that addresses both, an edit to
that strategy, and then the two latest revisions compared with the change marked."""

import pytest
from playwright.sync_api import expect

from trellis.barriers.models import cfir_domain_choices

pytestmark = pytest.mark.browser

COMPONENT = "Families make their own plan in private time"
DONE_WELL = "Every family is offered private time without professionals present"
BARRIER = "Coordinators are not released from other casework"
STRATEGY = "Ring-fenced coordinator time"


def test_editor_builds_and_compares_the_plan(page, sign_in, check_axe, editor, project):
    inner_setting = dict(cfir_domain_choices())["inner-setting"]
    sign_in(editor)
    page.get_by_role("link", name=project.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(project.title)

    # The plan, and a core component added from it.
    page.get_by_role("link", name="Implementation plan", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Implementation plan")
    expect(page.get_by_text("Nothing has been saved in the plan yet.")).to_be_visible()
    check_axe("empty plan")
    page.get_by_role("link", name="Change core components").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Core components (what?)")
    page.get_by_role("button", name="Add a core component").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a core component")
    page.get_by_label("Name of the core component").fill(COMPONENT)
    page.get_by_label("What it looks like when done well").fill(DONE_WELL)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        f"Core component \u2018{COMPONENT}\u2019 added")
    expect(page.get_by_role("heading", level=2, name=f"1. {COMPONENT}")).to_be_visible()

    # A barrier in the register, reached from the project page.
    page.get_by_role("link", name="Back to the plan").click()
    expect(page.get_by_text(DONE_WELL, exact=False)).to_be_visible()
    page.get_by_role("link", name="Back to the project").click()
    page.get_by_role("link", name="Barriers and enablers", exact=True).click()
    page.get_by_role("button", name="Add a barrier or enabler").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a barrier or enabler")
    page.get_by_role("group", name="Is it a barrier or an enabler?").get_by_label(
        "Barrier", exact=True).check()
    page.get_by_label("Description").fill(BARRIER)
    page.get_by_role("group", name="CFIR domain").get_by_label(
        inner_setting, exact=True).check()
    page.get_by_role("group", name="How strong is it?").get_by_label(
        "Strong barrier (−2)").check()
    page.get_by_role("group", name="Status").get_by_label("Open", exact=True).check()
    page.get_by_role("group", name="Phase it was found in").get_by_label(
        "Explore", exact=True).check()
    page.get_by_role("button", name="Add to register").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Barrier recorded")

    # A strategy for that barrier and the component.
    page.get_by_role("link", name="Back", exact=True).click()
    page.get_by_role("link", name="Implementation strategies", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Implementation strategies")
    page.get_by_role("button", name="Add a strategy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a strategy")
    page.get_by_label("Name", exact=True).fill(STRATEGY)
    page.get_by_label("What will happen").fill(
        "Coordinators keep two days a month free for conferences")
    page.get_by_role("group", name="Category").get_by_label(
        "Systems and structures", exact=True).check()
    page.get_by_role("group", name="Who is it aimed at?").get_by_label(
        "Service", exact=True).check()
    page.get_by_role("group", name="Phase when it is used").get_by_label(
        "Prepare", exact=True).check()
    page.get_by_role("group", name="Barriers it addresses").get_by_label(
        BARRIER, exact=False).check()
    page.get_by_role("group", name="Core components it supports").get_by_label(
        f"1. {COMPONENT}").check()
    page.get_by_role("button", name="Add to the plan").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        f"Strategy \u2018{STRATEGY}\u2019 added to the plan")
    card = page.locator(".govuk-summary-card").filter(
        has=page.get_by_role("heading", name=STRATEGY))
    expect(card).to_contain_text(BARRIER)
    expect(card).to_contain_text(COMPONENT)

    # Edited and saved again: a second new revision.
    page.get_by_role("link", name=f"Edit {STRATEGY}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit strategy")
    page.get_by_label("What will happen").fill(
        "Coordinators keep four days a month free for conferences")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        f"Strategy \u2018{STRATEGY}\u2019 saved")

    # Back to the plan, its revisions, and the two latest compared.
    page.get_by_role("link", name="Back", exact=True).click()
    page.get_by_role("link", name="Implementation plan", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Implementation plan")
    plan = page.locator(".trellis-plan")
    expect(plan).to_contain_text(COMPONENT)
    expect(plan).to_contain_text(STRATEGY)
    check_axe("plan with a component and a strategy")
    page.get_by_role("link", name="See all 3 revisions").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Revisions of the plan")
    expect(page.get_by_role("link", name="Revision 3", exact=True)).to_be_visible()
    page.get_by_role("link", name="compare two revisions").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Compare revisions of the plan")
    expect(page.get_by_label("Earlier revision")).to_have_value("2")
    expect(page.get_by_label("Later revision")).to_have_value("3")
    page.get_by_role("button", name="Compare").click()
    expect(page.get_by_role("heading", level=2, name="Revision 2 compared with revision 3")
           ).to_be_visible()
    expect(page.get_by_text("0 added, 0 removed, 1 changed.")).to_be_visible()
    change = page.get_by_role(
        "region", name=f"Implementation strategies: Systems and structures: {STRATEGY}")
    expect(change.get_by_role("table").locator("caption")).to_contain_text("Changed")
    row = change.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name="What will happen"))
    expect(row.get_by_role("deletion")).to_have_text("removed: two")
    expect(row.get_by_role("insertion")).to_have_text("added: four")
    expect(row.get_by_role("cell").nth(0)).to_contain_text("Coordinators keep")
    check_axe("compare the two latest revisions")
