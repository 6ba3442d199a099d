"""The needs pages in a real browser, with axe on each."""

import pytest
from playwright.sync_api import expect

from tests.factories import EvidenceItemFactory
from tests.needs.factories import PracticeNoteFactory, RootCauseFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def needs_project(project):
    project.target_population = "Informal kinship carers of children under 11"
    project.save(update_fields=["target_population"])
    told = EvidenceItemFactory(project=project, slice="lived-experience",
                               title="Carers' consultation")
    counts = EvidenceItemFactory(project=project, slice="population-data",
                                 title="Census estimate")
    RootCauseFactory(project=project, statement="Carers do not know what to ask for",
                     evidence=[told, counts])
    RootCauseFactory(project=project, statement="Groups clash with school runs")
    PracticeNoteFactory(project=project, kind="belief_or_value",
                        description="Carers want to be left alone")
    return project


def test_needs_pages(page, sign_in, check_axe, editor, needs_project):
    base = f"/projects/{needs_project.pk}/needs/"
    sign_in(editor)

    page.goto(base)
    expect(page.get_by_role("heading", level=1)).to_have_text("Needs and current practice")
    expect(page.get_by_text("Hunch", exact=True)).to_be_visible()
    check_axe("needs overview")

    page.get_by_role("link", name="See which slices of the Evidence Pie support each cause").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Which evidence supports each root cause")
    expect(page.get_by_text("Hunch: no evidence yet")).to_be_visible()
    check_axe("triangulation")

    page.goto(base)
    page.get_by_role("button", name="Add a root cause").click()
    page.get_by_role("button", name="Add root cause").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("add root cause with an error")
    page.get_by_label("What do you think is causing the need?").fill(
        "Carers find out about support by chance")
    page.get_by_label("Lived experience: Carers' consultation").check()
    page.get_by_role("button", name="Add root cause").click()
    expect(page.get_by_text("Root cause added")).to_be_visible()
    expect(page.get_by_role("heading", name="Carers find out about support by chance")
           ).to_be_visible()

    page.get_by_role("link", name="Edit root cause: Groups clash with school runs").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit root cause")
    check_axe("edit root cause")

    page.goto(base)
    page.get_by_role("link", name="Remove root cause: Groups clash with school runs").click()
    check_axe("remove root cause")
    page.get_by_role("button", name="Remove root cause").click()
    expect(page.get_by_text("Root cause removed")).to_be_visible()

    page.get_by_role("button", name="Add a note").click()
    page.get_by_role("button", name="Add note").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("add practice note with errors")
    page.get_by_label("A contextual factor influencing practice").check()
    page.get_by_label("Note").fill("The kinship policy was written for fostering")
    page.get_by_role("button", name="Add note").click()
    expect(page.get_by_text("The kinship policy was written for fostering", exact=True)
           ).to_be_visible()
    check_axe("needs overview after changes")
