"""Recording a fidelity check on a phone with the keyboard only, and the
fidelity pages checked for accessibility."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.factories import ProjectFactory
from tests.fidelity.factories import ComponentFactory
from trellis.fidelity import services
from trellis.fidelity.models import FidelityCheck
from trellis.fidelity.services import Answer

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def tab_to(page, locator, limit=80):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    handle = locator.element_handle()
    for _ in range(limit):
        if page.evaluate("el => document.activeElement === el", handle):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {locator}")


def no_sideways_scrolling(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_practitioner_records_a_check_on_a_phone_with_the_keyboard(page, sign_in, check_axe,
                                                                   editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="deliver")
    offer = ComponentFactory(project=project, position=1,
                             name="Families are offered FGC at the right time and in the "
                                  "right way.",
                             done_well="Every family at pre-proceedings is offered an FGC early.")
    private = ComponentFactory(project=project, position=2,
                               name="FGC is family-led and includes 'private family time'")
    sign_in(editor)
    page.set_viewport_size(PHONE)
    page.goto(f"/projects/{project.pk}/fidelity/checks/add/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a fidelity check")
    assert no_sideways_scrolling(page)
    check_axe("record a fidelity check, on a phone")
    radio = page.get_by_role("group", name="2. FGC is family-led").get_by_label("Partly")
    box = radio.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24  # a target a thumb can hit

    # Submitting nothing shows every problem, and the summary links to each.
    tab_to(page, page.get_by_role("button", name="Record the check"))
    page.keyboard.press("Enter")
    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_contain_text("Select how component 2 was delivered")
    assert no_sideways_scrolling(page)
    check_axe("record a fidelity check, with errors, on a phone")

    tab_to(page, page.get_by_label("Day"))
    page.keyboard.type("3")
    page.keyboard.press("Tab")
    page.keyboard.type("3")
    page.keyboard.press("Tab")
    page.keyboard.type("2026")
    tab_to(page, page.get_by_label("Team or setting"))
    page.keyboard.type("North locality FGC team")
    tab_to(page, page.get_by_label("The practitioner (self-check)"))
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("A peer")).to_be_checked()
    tab_to(page, page.get_by_role("group", name="1. Families are offered").get_by_label(
        "As intended"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("group", name="2. FGC is family-led").get_by_label(
        "As intended"))
    page.keyboard.press("ArrowRight")  # arrow keys move through a radio group
    expect(page.get_by_role("group", name="2. FGC is family-led").get_by_label(
        "Partly")).to_be_checked()
    tab_to(page, page.get_by_label("Note on component 2 (optional)"))
    page.keyboard.type("Cut to 45 minutes: the venue was booked for two hours")
    tab_to(page, page.get_by_role("button", name="Record the check"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Fidelity check recorded")
    expect(page.get_by_role("heading", level=2, name="3 March 2026: North locality FGC team")
           ).to_be_visible()
    assert no_sideways_scrolling(page)
    check = FidelityCheck.objects.get()
    assert check.recorded_by == "peer"
    assert {r.core_component_id: r.rating for r in check.ratings.all()} == {
        offer.pk: "as-intended", private.pk: "partly"}

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"/projects/{project.pk}/fidelity/checks/add/")
    assert no_sideways_scrolling(page)


def test_fidelity_pages_are_accessible(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="deliver")
    components = [ComponentFactory(project=project, name="Private family time", position=1),
                  ComponentFactory(project=project, name="Co-ordinator is independent",
                                   position=2)]
    check = services.record_check(
        project=project, created_by=editor, delivered_on=datetime.date(2026, 2, 3),
        setting="North team", recorded_by="supervisor",
        answers=[Answer(components[0], "partly", "Cut short"),
                 Answer(components[1], "not-applicable")])
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/fidelity/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Fidelity to the core components")
    expect(page.get_by_role("table", name="Core components, weakest first")).to_be_visible()
    check_axe("fidelity summary")
    page.get_by_role("link", name="See all 1 fidelity check").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Fidelity checks")
    check_axe("fidelity checks")
    page.get_by_role("link", name="Edit check: 3 February 2026: North team").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit a fidelity check")
    check_axe("edit a fidelity check")
    page.goto(f"/projects/{project.pk}/fidelity/checks/{check.pk}/remove/")
    check_axe("remove a fidelity check")
