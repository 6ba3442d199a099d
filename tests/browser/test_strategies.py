"""Implementation strategies in a real browser, checked for accessibility."""

import pytest
from playwright.sync_api import expect

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import ProjectFactory
from tests.strategies.factories import ComponentFactory, StrategyFactory
from trellis.strategies.services import update_strategy

pytestmark = pytest.mark.browser


def test_editor_plans_strategies_from_suggestions(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="prepare")
    turnover = BarrierEnablerFactory(
        project=project, strength=-2,
        description="High staff turnover means new starters miss the training")
    BarrierEnablerFactory(project=project, cfir_domain="outer-setting",
                          description="Partner agencies rarely refer families")
    ComponentFactory(project=project, name="The family's decision to take part is voluntary")
    strategy = StrategyFactory(project=project, name="Monthly dashboard",
                               category="monitoring-and-feedback", level="service")
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/strategies/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Implementation strategies")
    check_axe("strategies list")

    page.get_by_role("link", name="Suggested strategies for open barriers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Suggested strategies for open barriers")
    check_axe("suggestions")
    page.get_by_role("link", name="Build the approach into induction for new starters").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a strategy")
    expect(page.get_by_label("Name", exact=True)).to_have_value(
        "Build the approach into induction for new starters")
    expect(page.get_by_role("group", name="Barriers it addresses (optional)").get_by_label(
        turnover.description, exact=False)).to_be_checked()
    check_axe("add, picked from the library")

    page.get_by_role("group", name="End date (optional)").get_by_label("Day").fill("1")
    page.get_by_role("group", name="End date (optional)").get_by_label("Month").fill("1")
    page.get_by_role("group", name="End date (optional)").get_by_label("Year").fill("2026")
    page.get_by_role("group", name="Start date (optional)").get_by_label("Day").fill("1")
    page.get_by_role("group", name="Start date (optional)").get_by_label("Month").fill("4")
    page.get_by_role("group", name="Start date (optional)").get_by_label("Year").fill("2026")
    page.get_by_role("button", name="Add to the plan").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "End date must be the same as or after the start date")
    check_axe("add, with errors")
    page.get_by_role("group", name="End date (optional)").get_by_label("Year").fill("2027")
    page.get_by_role("button", name="Add to the plan").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "added to the plan")
    expect(page.get_by_role("heading", level=2, name="Professional development")).to_be_visible()

    page.get_by_role("link", name="Barriers and the strategies that address them").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Barriers and the strategies that address them")
    expect(page.get_by_role("heading", name="Open barriers with no strategy")).to_be_visible()
    check_axe("matrix")

    page.goto(f"/projects/{project.pk}/strategies/{strategy.pk}/edit/")
    check_axe("edit a strategy")
    # Someone else saves first: the page shows their version beside this one.
    update_strategy(strategy=strategy, version=1, changed_by=editor, barriers=[],
                    core_components=[], name="Monthly dashboard for the partnership",
                    category="monitoring-and-feedback", level="partnership", phase="deliver")
    page.get_by_label("Name", exact=True).fill("Weekly dashboard")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("heading", name="What was saved while you were editing")
           ).to_be_visible()
    expect(page.get_by_label("Name", exact=True)).to_have_value("Weekly dashboard")
    check_axe("edit, after someone else saved")
    page.goto(f"/projects/{project.pk}/strategies/{strategy.pk}/remove/")
    check_axe("remove a strategy")
    page.get_by_role("button", name="Remove").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "removed from the plan")
