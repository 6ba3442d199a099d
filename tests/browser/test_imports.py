"""Importing figures in a real browser: a file with a mistake is refused with the row and
column, the corrected file is imported, and its measure's chart shows the figures.
Every import page is checked for accessibility."""

import pytest
from playwright.sync_api import expect

from tests.factories import ProjectFactory
from tests.imports.factories import MeasureFactory

pytestmark = pytest.mark.browser

GOOD = [f"Referrals,01/{month:02d}/2025,{count},,," for month, count in
        zip(range(1, 13), (12, 15, 11, 14, 18, 16, 13, 17, 19, 15, 14, 16), strict=True)]
HEADER = "measure,period,value,numerator,denominator,note"


@pytest.fixture(autouse=True)
def tasks_at_once(settings, tmp_path):
    """The check and the write run as soon as they are queued, in the server thread."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = tmp_path / "uploads"


def csv_payload(lines: list[str]) -> dict:
    return {"name": "referrals.csv", "mimeType": "text/csv",
            "buffer": ("\n".join([HEADER, *lines]) + "\n").encode()}


def test_editor_fixes_a_file_and_imports_it(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="deliver")
    measure = MeasureFactory(project=project, name="Referrals", frequency="monthly")
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/imports/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Import figures")
    check_axe("imports page")

    page.get_by_role("button", name="Upload a file").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Upload a file of figures")
    check_axe("upload form")
    page.get_by_role("button", name="Upload and check the file").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "Select a CSV file or an Excel workbook")
    check_axe("upload form, with an error")

    bad = [*GOOD[:4], "Referrals,31/02/2025,9,,,", *GOOD[5:]]
    page.get_by_label("Choose a file").set_input_files(csv_payload(bad))
    page.get_by_role("button", name="Upload and check the file").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import of referrals.csv")
    expect(page.get_by_role("heading", name="The file has 1 problem")).to_be_visible()
    problem = page.get_by_role("table", name="Problems in the file, by row").get_by_role(
        "row").nth(1)
    expect(problem).to_contain_text("6")
    expect(problem).to_contain_text("B (period)")
    expect(problem).to_contain_text("\u201831/02/2025\u2019 is not a real date: February 2025 "
                                    "has 28 days")
    check_axe("job with problems")

    page.get_by_role("link", name="Upload the corrected file").click()
    page.get_by_label("Choose a file").set_input_files(csv_payload(GOOD))
    page.get_by_role("button", name="Upload and check the file").click()
    expect(page.get_by_role("heading", name="Ready to import")).to_be_visible()
    expect(page.get_by_text("Importing it adds 12 new figures")).to_be_visible()
    check_axe("job ready to import")

    page.get_by_role("button", name="Import these figures").click()
    expect(page.get_by_role("heading", name="Figures imported", exact=True)).to_be_visible()
    check_axe("job imported")

    page.get_by_role("link", name="Back to imports").click()
    expect(page.get_by_role("table", name="Imports so far")).to_contain_text("Imported")
    check_axe("imports page with history")

    page.go_back()
    page.get_by_role("link", name="Referrals").click()
    expect(page).to_have_url(f"/projects/{project.pk}/monitoring/{measure.pk}/")
    expect(page.locator("main svg").first).to_be_visible()
    expect(page.get_by_text("January 2025").first).to_be_attached()
