"""The barriers and enablers register in a real browser, checked for accessibility."""

import pytest
from playwright.sync_api import expect

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import EvidenceItemFactory, ProjectFactory

pytestmark = pytest.mark.browser


def test_editor_works_on_the_register(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Kinship peer support")
    EvidenceItemFactory(project=project, title="Kinship carers census")
    entry = BarrierEnablerFactory(project=project, description="Staff turnover in early help")
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/barriers/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Barriers and enablers")
    page.locator("#inner-setting ~ details").first.locator("summary").click()
    check_axe("register, with prompts open")

    # Start a new entry from one of the framework's prompts.
    page.get_by_role("link", name="Workforce capacity and stability issues (Inner setting)"
                     ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a barrier or enabler")
    expect(page.get_by_label("Description")).to_have_value(
        "Overstretched staff managing heavy or complex caseloads. High workforce turnover or "
        "instability, reducing consistency. Limited time and capacity for training.")
    check_axe("add from a prompt")
    page.get_by_role("group", name="How strong is it?").get_by_label(
        "Strong enabler (+2)").check()
    page.get_by_role("button", name="Add to register").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "A barrier cannot have an enabler's strength")
    check_axe("add, with errors")
    page.get_by_role("group", name="How strong is it?").get_by_label(
        "Strong barrier (−2)").check()
    page.get_by_role("group", name="Evidence items (optional)").get_by_label(
        "Kinship carers census").check()
    page.get_by_role("button", name="Add to register").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Barrier recorded")
    expect(page.get_by_role("cell", name="Kinship carers census")).to_be_visible()

    page.get_by_label("Status").select_option(label="Resolved")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("Nothing in this domain matches the filters.")).to_have_count(5)
    check_axe("register, filtered")

    page.goto(f"/projects/{project.pk}/barriers/{entry.pk}/edit/")
    check_axe("edit an entry")
    page.goto(f"/projects/{project.pk}/barriers/{entry.pk}/remove/")
    check_axe("remove an entry")
    page.get_by_role("button", name="Remove").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Barrier removed")
