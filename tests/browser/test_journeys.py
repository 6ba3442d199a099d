"""What people do in Trellis, done in a real browser and checked by what they see."""

import re

import pytest
from playwright.sync_api import expect

from trellis.projects.models import Project

pytestmark = pytest.mark.browser

FIRST_EXPLORE_QUESTION = (
    "Have we identified the needs of children and families, and their root causes, "
    "from a range of evidence?"
)


def _success_banner(page):
    return page.get_by_role("alert").filter(has_text="Success")


def test_editor_creates_a_project_and_works_on_it(page, sign_in, editor, admin):
    sign_in(editor)

    # Create a project.
    page.get_by_role("button", name="Create a project").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Create a project")
    page.get_by_label("Title", exact=True).fill("Kinship carers support")
    page.get_by_label("Approach being implemented").fill("Family Group Conferences")
    page.get_by_label("Child and family need").fill("Children on the edge of care")
    page.get_by_role("group", name="Which phase is it in?").get_by_label("Explore").check()
    page.get_by_role("group", name="Status").get_by_label("Active").check()
    start = page.get_by_role("group", name="Start date")
    start.get_by_label("Day").fill("27")
    start.get_by_label("Month").fill("3")
    start.get_by_label("Year").fill("2026")
    page.get_by_role("button", name="Create project").click()

    # Its page.
    expect(page.get_by_role("heading", level=1)).to_have_text("Kinship carers support")
    expect(page).to_have_title("Kinship carers support – Trellis")
    expect(_success_banner(page)).to_contain_text("Project 'Kinship carers support' created")
    details = page.locator("dl.govuk-summary-list")
    expect(details.locator(".govuk-summary-list__row", has_text="Start date")).to_contain_text(
        "27 March 2026")
    expect(details.locator(".govuk-summary-list__row", has_text="Phase")).to_contain_text(
        "Explore")
    expect(page.get_by_text("No one has been added to the team yet.")).to_be_visible()

    # Add a team member.
    page.get_by_role("link", name="Add someone to the team").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add someone to the project team")
    page.get_by_label("Person").select_option(label=admin.name)
    page.get_by_role("group", name="Role on this project").get_by_label(
        "Implementation lead").check()
    page.get_by_role("button", name="Add to team").click()
    expect(_success_banner(page)).to_contain_text(f"{admin.name} added as implementation lead")
    team = page.get_by_role("table", name="People who enable change on this project")
    rows = team.locator("tbody").get_by_role("row")
    expect(rows).to_have_count(1)
    expect(rows.first.get_by_role("cell").nth(0)).to_have_text(admin.name)
    expect(rows.first.get_by_role("cell").nth(1)).to_have_text("Implementation lead")

    # Change phase: Explore to Prepare, with a reason.
    page.get_by_role("link", name="Change phase").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Change phase")
    page.get_by_role("group", name="Move to phase").get_by_label("Prepare").check()
    page.get_by_label("Why is the phase changing?").fill("The partnership board agreed the plan")
    page.get_by_role("button", name="Change phase").click()
    expect(_success_banner(page)).to_contain_text("Moved to Prepare")
    page.get_by_role("link", name="See the phase history").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Phase history")
    entries = page.get_by_role("list", name="Phase changes, newest first").get_by_role("listitem")
    expect(entries).to_have_count(2)
    expect(entries.first).to_contain_text("Explore to Prepare")
    expect(entries.first).to_contain_text("The partnership board agreed the plan")
    expect(entries.first).to_contain_text(editor.name)
    expect(entries.nth(1)).to_contain_text("Started in Explore")

    # Answer one question of the Explore checklist.
    page.get_by_role("link", name="Back").click()
    page.get_by_role("link", name="Explore checklist").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Explore checklist")
    page.get_by_role("link", name=f"Answer {FIRST_EXPLORE_QUESTION}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FIRST_EXPLORE_QUESTION)
    page.get_by_role("group", name="Your answer").get_by_label("Partly").check()
    page.get_by_label("Note (optional)").fill("Needs analysis done; root causes still open")
    page.get_by_role("button", name="Save answer").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Explore checklist")
    expect(_success_banner(page)).to_contain_text("Answer saved")
    row = page.locator(".govuk-summary-list__row", has_text=FIRST_EXPLORE_QUESTION)
    expect(row.locator(".govuk-summary-list__value")).to_contain_text("Partly")
    expect(row.locator(".govuk-summary-list__value")).to_contain_text(
        "Needs analysis done; root causes still open")
    expect(row.get_by_role("link", name=f"Change {FIRST_EXPLORE_QUESTION}")).to_be_visible()
    expect(page.get_by_text("0 of 7 answered yes")).to_be_visible()


def test_empty_create_form_shows_the_error_summary(page, sign_in, editor):
    sign_in(editor)
    page.goto("/projects/new/")
    page.get_by_role("button", name="Create project").click()

    expect(page).to_have_title(re.compile(r"^Error: Create a project"))
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    # GOV.UK Frontend moves focus to the summary so screen readers announce it.
    expect(summary).to_be_focused()
    link = summary.get_by_role("link", name="Enter a title for the project")
    expect(link).to_have_attribute("href", "#id_title")
    link.click()
    title = page.get_by_label("Title", exact=True)
    expect(title).to_be_focused()
    expect(title).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_title-error")).to_have_text("Error: Enter a title for the project")
    assert not Project.objects.exists()


def test_outsider_cannot_see_another_organisations_project(page, sign_in, outsider, project,
                                                           other_project):
    sign_in(outsider)
    rows = page.get_by_role("table").locator("tbody").get_by_role("row")
    expect(rows).to_have_count(1)
    expect(rows.first.get_by_role("link", name=other_project.title)).to_be_visible()
    expect(page.get_by_role("link", name=project.title, exact=True)).to_have_count(0)
    expect(page.locator(f'a[href="/projects/{project.pk}/"]')).to_have_count(0)

    response = page.goto(f"/projects/{project.pk}/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(page.get_by_text(project.title)).to_have_count(0)
