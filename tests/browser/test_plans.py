"""The implementation plan in a real browser: its main pages pass axe, and an
editor reorders core components without JavaScript-only controls."""

import pytest
from playwright.sync_api import expect

from tests.evidence.factories import EvidenceItemFactory
from trellis.plans import services
from trellis.plans.demo import add_fgc_plan

pytestmark = pytest.mark.browser
def test_plan_pages(page, sign_in, check_axe, editor, project):
    components = add_fgc_plan(project, editor)
    evidence = EvidenceItemFactory(project=project, title="Care entry figures")
    services.update_component(component=components[0], version=1, changed_by=editor,
                              name=components[0].name, done_well="Offered early, every time",
                              must_stay_fixed="", can_adapt="")
    services.save_problem(project=project, perspective="practitioners",
                          text="Social workers want families involved earlier",
                          evidence=[evidence], version=0, changed_by=editor)
    sign_in(editor)
    base = f"/projects/{project.pk}/plan"

    page.goto(f"{base}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Implementation plan")
    for heading in ("Problem", "Intervention", "Implementation strategies",
                    "Implementation outcomes", "Final outcomes"):
        expect(page.get_by_role("heading", level=2, name=heading)).to_be_visible()
    expect(page.get_by_role("link", name="Care entry figures")).to_be_visible()
    check_axe("plan")

    page.set_viewport_size({"width": 375, "height": 800})
    check_axe("plan on a phone")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(f"{base}/components/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Core components (what?)")
    check_axe("core components")
    page.get_by_role("button", name=f"Move down {components[0].name}").click()
    expect(page.get_by_text("moved down")).to_be_visible()
    expect(page.locator("main ol h2").first).to_contain_text(components[1].name)
    page.get_by_role("button", name=f"Retire {components[7].name}").click()
    expect(page.get_by_role("heading", name="Retired components")).to_be_visible()
    check_axe("core components with one retired")

    page.goto(f"{base}/components/reorder/")
    check_axe("reorder core components")
    page.get_by_role("button", name="Save the new order").click()
    expect(page.get_by_text("New order of the core components saved")).to_be_visible()
    page.goto(f"{base}/components/reorder/")
    page.get_by_label(components[2].name).fill("1")
    page.get_by_role("button", name="Save the new order").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("reorder with a duplicate position")

    page.goto(f"{base}/components/{components[0].pk}/")
    check_axe("change a core component")
    page.goto(f"{base}/problem/")
    check_axe("the problem")
    page.goto(f"{base}/problem/practitioners/")
    check_axe("the problem from practitioners")
    page.goto(f"{base}/outcomes/")
    check_axe("implementation outcomes")
    page.goto(f"{base}/outcomes/add/")
    page.get_by_role("button", name="Save").click()
    check_axe("add an implementation outcome with errors")
    page.goto(f"{base}/final-outcomes/")
    check_axe("final outcomes")

    page.goto(f"{base}/revisions/")
    expect(page.get_by_role("link", name="Revision 1", exact=True)).to_be_visible()
    check_axe("revisions")
    page.get_by_role("link", name="Revision 2", exact=True).click()
    check_axe("one revision")

    page.goto(f"{base}/compare/?from=1&to=5")
    expect(page.get_by_text("Added", exact=True).first).to_be_visible()
    check_axe("compare revisions")

    page.goto(f"{base}/as-of/")
    page.get_by_label("Date").fill("31/02/2026")
    page.get_by_role("button", name="Show the plan").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_axe("as of with a bad date")

    page.goto(f"{base}/print/")
    expect(page.locator("script")).to_have_count(0)
    check_axe("printable plan")
