"""The decision tool in a real browser, with axe on each of its pages."""

import pytest
from playwright.sync_api import expect

from tests.factories import EvidenceItemFactory
from trellis.decisions.demo import PEER_GROUPS, add_kinship_decision

pytestmark = pytest.mark.browser


@pytest.fixture
def decided(project, editor):
    evidence = [EvidenceItemFactory(project=project, title="Kinship carers' consultation"),
                EvidenceItemFactory(project=project, title="Kinship Practice Guide",
                                    slice="wider-research")]
    add_kinship_decision(project, editor, evidence)
    return project


def test_decision_tool_pages(page, sign_in, check_axe, editor, decided):
    base = f"/projects/{decided.pk}/decisions/"
    sign_in(editor)

    page.goto(base)
    expect(page.get_by_role("heading", level=1)).to_have_text("Deciding what to implement")
    expect(page.get_by_text(f"Proceed with {PEER_GROUPS}")).to_be_visible()
    check_axe("decision tool overview")

    page.get_by_role("link", name=PEER_GROUPS).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(PEER_GROUPS)
    check_axe("candidate appraisal page")

    page.get_by_role("link", name="Change addresses the need").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Addresses the need")
    page.get_by_label("Why this rating?").fill("")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("appraisal form with an error")

    page.goto(base + "compare/?sort=overall")
    expect(page.get_by_role("heading", level=1)).to_have_text("Compare candidate approaches")
    expect(page.locator("tbody th").first).to_contain_text(PEER_GROUPS)
    check_axe("comparison table")
    page.get_by_role("link", name="Name").click()
    expect(page.locator("caption")).to_have_text("Ratings out of 5, sorted by name")

    page.goto(base + "record/")
    page.get_by_role("button", name="Record decision").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("record a decision with errors")


def test_editor_adds_and_appraises_a_candidate(page, sign_in, check_axe, editor, project):
    EvidenceItemFactory(project=project, title="Kinship carers' consultation")
    sign_in(editor)
    page.goto(f"/projects/{project.pk}/decisions/")
    page.get_by_role("button", name="Add a candidate approach").click()
    check_axe("add a candidate approach")
    page.get_by_label("Name of the approach").fill("Kinship carer peer network groups")
    page.get_by_role("group", name="Where does it come from?").get_by_label(
        "Locally developed approach").check()
    page.get_by_role("button", name="Add approach").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Kinship carer peer network groups")

    page.get_by_role("link", name="Appraise addresses the need").click()
    check_axe("appraise a criterion")
    page.get_by_role("group", name="How squarely does the approach address").get_by_label(
        "5: Very well").check()
    page.get_by_label("Why this rating?").fill("Carers named isolation first")
    page.get_by_label("Kinship carers' consultation").check()
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Evidence of what worked")
