"""axe-core (vendored, run from the local file) on the main kinds of page, against
WCAG 2.2 AA. Serious and critical violations fail the test; every violation is
printed (run with -s to see minor and moderate ones too)."""

import pytest
from playwright.sync_api import expect

from tests.factories import TeamMemberFactory
from trellis.projects import services

pytestmark = pytest.mark.browser

EXPLORE_ITEM = "explore-needs-and-root-causes"


@pytest.fixture
def busy_project(project, editor, admin, viewer):
    """The cast's project with a team, a phase change and some checklist answers."""
    TeamMemberFactory(project=project, user=admin, role="lead",
                      responsibilities="Chairs the implementation team")
    TeamMemberFactory(project=project, user=viewer, role="practitioner")
    services.answer_checklist_item(project=project, phase="explore", item=EXPLORE_ITEM,
                                   answer="partly", note="Needs analysis done",
                                   answered_by=editor)
    services.answer_checklist_item(project=project, phase="explore",
                                   item="explore-current-practice", answer="yes", note="",
                                   answered_by=editor)
    services.change_phase(project=project, to_phase="prepare", reason="Board agreed the plan",
                          version=project.version, changed_by=editor)
    return project


def test_sign_in_page(page, check_axe):
    page.goto("/accounts/sign-in/")
    check_axe("sign-in page")
    # And with its errors showing.
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    check_axe("sign-in page with errors")


def test_project_pages(page, sign_in, check_axe, editor, busy_project):
    sign_in(editor)
    check_axe("portfolio")

    page.goto(f"/projects/{busy_project.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(busy_project.title)
    check_axe("project page")

    page.goto(f"/projects/{busy_project.pk}/checklists/explore/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Explore checklist")
    check_axe("checklist page")

    page.goto(f"/projects/{busy_project.pk}/checklists/explore/explore-local-fit/")
    page.get_by_role("button", name="Save answer").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("checklist answer page with an error")


def test_framework_guide(page, sign_in, check_axe, viewer):
    sign_in(viewer)
    response = page.goto("/guide/")
    assert response.status == 200, f"/guide/ answered {response.status}"
    expect(page.get_by_role("heading", level=1)).to_have_text("Framework guide")
    check_axe("framework guide index")

    response = page.goto("/guide/explore/")
    assert response.status == 200, f"/guide/explore/ answered {response.status}"
    expect(page.get_by_role("heading", level=1)).to_contain_text("Explore")
    check_axe("framework guide: Explore phase")


def test_organisation_page(page, sign_in, check_axe, admin, editor, viewer):
    sign_in(admin)
    page.get_by_role("link", name="Organisation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(admin.memberships.get()
                                                              .organisation.name)
    check_axe("organisation page")
