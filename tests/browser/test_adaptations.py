"""The adaptations log in a real browser, checked for accessibility."""

import pytest
from playwright.sync_api import expect

from tests.adaptations.factories import AdaptationFactory, ComponentFactory
from tests.factories import ProjectFactory

pytestmark = pytest.mark.browser


def test_editor_logs_adaptations(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Family Group Conferences", phase="deliver")
    ComponentFactory(project=project, name="Private family time")
    adaptation = AdaptationFactory(project=project, what_changed="Evening conferences")
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/adaptations/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Adaptations")
    check_axe("adaptations log")

    page.get_by_role("button", name="Record an adaptation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record an adaptation")
    check_axe("record an adaptation")
    page.get_by_role("button", name="Record the adaptation").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text(
        "Enter what changed")
    check_axe("record, with errors")

    page.get_by_label("What changed?").fill("Private family time cut to 45 minutes")
    page.get_by_role("group", name="Does it change a core component?").get_by_label(
        "Yes: Private family time").check()
    page.get_by_role("group", name="Was it planned or reactive?").get_by_label(
        "Reactive").check()
    page.get_by_label("Who decided?").fill("Duty co-ordinator")
    page.get_by_label("What was the goal?").fill("Finish within the venue booking")
    page.get_by_label("What in the local context made it necessary?").fill(
        "Venues can only be booked for two hours")
    page.get_by_label("Day").fill("12")
    page.get_by_label("Month").fill("11")
    page.get_by_label("Year").fill("2025")
    page.get_by_role("button", name="Record the adaptation").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Adaptation recorded")
    expect(page.get_by_text("Changes core component: Private family time").first).to_be_visible()
    expect(page.get_by_text("An adaptation changes the core component 'Private family time'"
                            )).to_be_visible()
    check_axe("adaptations log, with a flag")

    page.goto(f"/projects/{project.pk}/adaptations/{adaptation.pk}/edit/")
    check_axe("edit an adaptation")
    page.goto(f"/projects/{project.pk}/adaptations/{adaptation.pk}/remove/")
    check_axe("remove an adaptation")
