"""Evidence in a real browser: the main pages pass axe, and an editor adds an
item with a file, refused first when the file lies about its type."""

import pytest
from playwright.sync_api import expect

from tests.evidence.conftest import PDF, PNG
from trellis.evidence.demo import add_kinship_evidence

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "uploads"


def test_evidence_pages(page, sign_in, check_axe, editor, project, tmp_path):
    add_kinship_evidence(project, editor)
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/evidence/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Evidence")
    expect(page.get_by_text("Evidence from 5 of 6 slices; none yet from wider research")
           ).to_be_visible()
    check_axe("evidence list")

    page.get_by_label("Show evidence from").select_option(label="Lived experience")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("link", name="Consultation with kinship carers")).to_be_visible()
    expect(page.get_by_role("link", name="Kinship households in the local area")).to_have_count(0)
    check_axe("evidence list filtered by slice")

    page.goto(f"/projects/{project.pk}/evidence/pie/")
    expect(page.get_by_role("img", name=f"Evidence Pie for {project.title}")).to_be_visible()
    check_axe("Evidence Pie")

    page.goto(f"/projects/{project.pk}/evidence/add/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Add evidence")
    check_axe("add evidence")
    page.get_by_role("button", name="Save evidence").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("add evidence with errors")

    lying = tmp_path / "report.pdf"
    lying.write_bytes(PNG)
    page.get_by_role("group", name="Which slice of the Evidence Pie is it from?").get_by_label(
        "Wider scientific research").check()
    page.get_by_label("Title").fill("Research on kinship care outcomes")
    page.get_by_label("What it shows").fill("Peer support reduces carers' isolation")
    page.get_by_role("group", name="How confident are you in this evidence?").get_by_label(
        "Moderate").check()
    page.get_by_label("Attach a file").set_input_files(str(lying))
    page.get_by_role("button", name="Save evidence").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("it is actually a PNG image")
    check_axe("add evidence with a refused file")

    honest = tmp_path / "review.pdf"
    honest.write_bytes(PDF)
    page.get_by_label("Attach a file").set_input_files(str(honest))
    page.get_by_role("button", name="Save evidence").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Research on kinship care outcomes")
    expect(page.get_by_role("link", name="Download review.pdf")).to_be_visible()
    check_axe("evidence item")

    page.get_by_role("link", name="Edit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit evidence")
    check_axe("edit evidence")

    page.go_back()
    page.get_by_role("link", name="Remove").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Are you sure")
    check_axe("remove evidence")
    page.get_by_role("button", name="Yes, remove this evidence").click()
    expect(page.get_by_text("Evidence from all 6 slices")).to_have_count(0)
    expect(page.get_by_text("Evidence from 5 of 6 slices")).to_be_visible()
