"""The engagement log in a real browser, checked for accessibility."""

import pytest
from playwright.sync_api import expect

from tests.engagement.factories import EngagementActivityFactory
from tests.factories import ProjectFactory

pytestmark = pytest.mark.browser


def test_editor_logs_engagement(page, sign_in, check_axe, editor):
    project = ProjectFactory(organisation=editor.memberships.get().organisation,
                             title="Kinship peer support")
    activity = EngagementActivityFactory(project=project, audiences=["practitioners"],
                                         summary="Workshop with Family Hubs staff")
    sign_in(editor)

    page.goto(f"/projects/{project.pk}/engagement/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Engagement log")
    check_axe("engagement log")

    page.get_by_role("button", name="Log an activity").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log an engagement activity")
    check_axe("log an activity")
    page.get_by_role("button", name="Log activity").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_be_visible()
    expect(page).to_have_title("Error: Log an engagement activity – Kinship peer support – "
                               "Trellis")
    check_axe("log an activity, with errors")

    who = page.get_by_role("group", name="Who was engaged?")
    who.get_by_label("Parents and carers").check()
    page.get_by_role("group", name="How were they engaged?").get_by_label(
        "Co-production").check()
    when = page.get_by_role("group", name="When did it happen?")
    when.get_by_label("Day").fill("2")
    when.get_by_label("Month").fill("3")
    when.get_by_label("Year").fill("2026")
    page.get_by_label("How many people took part?").fill("9")
    page.get_by_label("What happened?").fill("Carers chose venues and times for the groups")
    page.get_by_role("button", name="Log activity").click()
    expect(page.get_by_role("alert").filter(has_text="Success")).to_contain_text(
        "Engagement logged")
    expect(page.get_by_text("No children, young people, parents or carers")).to_have_count(0)

    page.goto(f"/projects/{project.pk}/engagement/{activity.pk}/edit/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit engagement activity")
    check_axe("edit an activity")

    page.goto(f"/projects/{project.pk}/engagement/{activity.pk}/remove/")
    check_axe("remove an activity")
    page.get_by_role("button", name="Remove activity").click()
    expect(page.get_by_text("Workshop with Family Hubs staff")).to_have_count(0)
