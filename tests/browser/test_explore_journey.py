"""The Explore phase end to end, as an editor does it: evidence from three
slices of the Evidence Pie, a root cause linked to two of them, two candidate
approaches appraised on every criterion, the side-by-side comparison, and a
decision that changes the project's approach. Every step follows the links on
the page; forms are filled directly and nothing waits on a timer."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from trellis.decisions.criteria import CRITERIA

pytestmark = pytest.mark.browser

# (slice label on the form, title, what it shows, confidence)
EVIDENCE = (
    ("Population data", "Kinship households in the local area",
     "About 900 children live with kinship carers, most without a legal order", "High"),
    ("Lived experience", "Consultation with kinship carers",
     "Carers feel isolated and do not know what support they can ask for", "Moderate"),
    ("Wider scientific research", "Review of kinship support",
     "Peer support reduces kinship carers' isolation and stress", "Moderate"),
)
CAUSE = "Carers do not know what support they can ask for"

PEER = "Peer support groups for kinship carers"
NAVIGATOR = "Kinship navigator service"
# One rating per criterion, in the tool's order: 3 suitability, then 6 feasibility.
RATINGS = {
    PEER: (5, 4, 5, 4, 4, 3, 4, 3, 3),       # 4.7, 3.5, overall 4.1
    NAVIGATOR: (3, 2, 3, 4, 5, 5, 4, 4, 3),  # 2.7, 4.2, overall 3.4
}
RATING_LABELS = {1: "1: Very poorly", 2: "2: Poorly", 3: "3: Partly", 4: "4: Well",
                 5: "5: Very well"}


def _success_banner(page):
    return page.get_by_role("alert").filter(has_text="Success")


def _heading(page):
    return page.get_by_role("heading", level=1)


def _approach(page):
    return page.locator(".govuk-summary-list__row", has_text="Approach").locator(
        ".govuk-summary-list__value")


def test_editor_works_through_explore(page, sign_in, check_axe, editor, project):
    sign_in(editor)
    page.get_by_role("link", name=project.title, exact=True).click()
    expect(_heading(page)).to_have_text(project.title)
    expect(_approach(page).first).to_have_text("Family Group Conferences")

    # Evidence from three slices, each through the add-evidence form.
    page.get_by_role("link", name="Evidence", exact=True).click()
    expect(_heading(page)).to_have_text("Evidence")
    for slice_label, title, finding, confidence in EVIDENCE:
        page.get_by_role("button", name="Add evidence").click()
        expect(_heading(page)).to_have_text("Add evidence")
        page.get_by_role("group", name="Which slice of the Evidence Pie is it from?").get_by_label(
            slice_label, exact=True).check()
        page.get_by_label("Title").fill(title)
        page.get_by_label("What it shows").fill(finding)
        page.get_by_role("group", name="How confident are you in this evidence?").get_by_label(
            confidence, exact=True).check()
        page.get_by_role("button", name="Save evidence").click()
        expect(_heading(page)).to_have_text(title)
        expect(_success_banner(page)).to_contain_text(f"Evidence \u2018{title}\u2019 added")
        page.get_by_role("link", name="Back to the evidence").click()
    rows = page.get_by_role("table").locator("tbody").get_by_role("row")
    expect(rows).to_have_count(3)
    expect(page.get_by_text("Evidence from 3 of 6 slices")).to_be_visible()

    # A root cause, supported by two of them.
    page.get_by_role("link", name="Back to the project").click()
    page.get_by_role("link", name="Need, root causes and current practice").click()
    expect(_heading(page)).to_have_text("Needs and current practice")
    page.get_by_role("button", name="Add a root cause").click()
    expect(_heading(page)).to_have_text("Add a root cause")
    page.get_by_label("What do you think is causing the need?").fill(CAUSE)
    page.get_by_label("Why do you think this?").fill("Carers said so, and the census agrees")
    page.get_by_label(f"Population data: {EVIDENCE[0][1]}").check()
    page.get_by_label(f"Lived experience: {EVIDENCE[1][1]}").check()
    page.get_by_role("button", name="Add root cause").click()
    expect(_success_banner(page)).to_contain_text("Root cause added")
    card = page.locator(".govuk-summary-card", has=page.get_by_role("heading", name=CAUSE))
    expect(card.get_by_text("Supported by 2 slices")).to_be_visible()
    linked = card.locator(".govuk-summary-list__row", has_text="Evidence")
    expect(linked.get_by_role("listitem")).to_have_text([
        f"{EVIDENCE[0][1]} (Population data)", f"{EVIDENCE[1][1]} (Lived experience)"])

    # Two candidate approaches.
    page.get_by_role("link", name="Back to the project").click()
    page.get_by_role("link", name="Decision tool: candidate approaches").click()
    expect(_heading(page)).to_have_text("Deciding what to implement")
    for name, origin in ((PEER, "Locally developed approach"),
                         (NAVIGATOR, "Adapted from elsewhere")):
        page.get_by_role("button", name="Add a candidate approach").click()
        expect(_heading(page)).to_have_text("Add a candidate approach")
        page.get_by_label("Name of the approach").fill(name)
        page.get_by_role("group", name="Where does it come from?").get_by_label(origin).check()
        page.get_by_role("button", name="Add approach").click()
        expect(_heading(page)).to_have_text(name)
        expect(_success_banner(page)).to_contain_text(f"'{name}' added as a candidate approach")

        # Appraise it on every criterion: each save moves on to the next one.
        page.get_by_role("link", name="Appraise addresses the need").click()
        for criterion, rating in zip(CRITERIA, RATINGS[name], strict=True):
            expect(_heading(page)).to_have_text(criterion.name)
            page.get_by_role("group", name=criterion.question).get_by_label(
                RATING_LABELS[rating], exact=True).check()
            page.get_by_label("Why this rating?").fill(
                f"{criterion.name}: rated {rating} after the team's discussion")
            page.get_by_role("button", name="Save and continue").click()
        expect(_heading(page)).to_have_text(name)
        expect(page.get_by_role("heading", name="1. Suitability")).to_contain_text("Appraised")
        expect(page.get_by_role("heading", name="2. Feasibility")).to_contain_text("Appraised")
        expect(page.get_by_text("Capacity and cost: rated 3 after the team's discussion")
               ).to_be_visible()
        page.get_by_role("link", name="All candidate approaches").click()
        expect(_heading(page)).to_have_text("Deciding what to implement")

    # Side by side: both candidates with their averages, then sorted by overall average.
    page.get_by_role("link", name="Compare the candidate approaches side by side").click()
    expect(_heading(page)).to_have_text("Compare candidate approaches")
    table = page.get_by_role("table")
    rows = table.locator("tbody").get_by_role("row")
    expect(table.get_by_role("caption")).to_have_text("Ratings out of 5, sorted by name")
    expect(rows.get_by_role("rowheader")).to_have_text([NAVIGATOR, PEER])
    # Cells: 3 suitability ratings, its average, 6 feasibility ratings, its average,
    # the overall average and how many criteria were rated.
    averages = {NAVIGATOR: ("2.7", "4.2", "3.4"), PEER: ("4.7", "3.5", "4.1")}
    for name, (suitability, feasibility, overall) in averages.items():
        cells = rows.filter(has=page.get_by_role("link", name=name)).get_by_role("cell")
        expect(cells).to_have_count(13)
        expect(cells.nth(3)).to_have_text(suitability)
        expect(cells.nth(10)).to_have_text(feasibility)
        expect(cells.nth(11)).to_have_text(overall)
        expect(cells.nth(12)).to_have_text("9 of 9")
    page.get_by_role("navigation", name="Sort the comparison").get_by_role(
        "link", name="Overall average").click()
    expect(table.get_by_role("caption")).to_have_text("Ratings out of 5, sorted by overall average")
    expect(rows.get_by_role("rowheader")).to_have_text([PEER, NAVIGATOR])
    expect(table.get_by_role("columnheader", name="Overall average")).to_have_attribute(
        "aria-sort", "descending")

    # Decide to proceed with the better-rated candidate.
    page.get_by_role("link", name="Back", exact=True).click()
    expect(_heading(page)).to_have_text("Deciding what to implement")
    page.get_by_role("button", name="Record a decision").click()
    expect(_heading(page)).to_have_text("Record a decision")
    page.get_by_role("group", name="What did you decide?").get_by_label(
        f"Proceed with {PEER}").check()
    page.get_by_label("Why did you decide this?").fill(
        "Best overall appraisal, and it meets the root cause carers described")
    page.get_by_label("Who took part in the decision?").fill(
        "Kinship team, Local Evidence Lead, two kinship carer representatives")
    decided_on = timezone.localdate() - timedelta(days=7)
    when = page.get_by_role("group", name="When was it decided?")
    when.get_by_label("Day").fill(str(decided_on.day))
    when.get_by_label("Month").fill(str(decided_on.month))
    when.get_by_label("Year").fill(str(decided_on.year))
    page.get_by_role("button", name="Record decision").click()
    expect(_heading(page)).to_have_text("Deciding what to implement")
    expect(_success_banner(page)).to_contain_text(f"Decision recorded: Proceed with {PEER}")
    expect(page.get_by_role("heading", name=f"{decided_on.day} {decided_on:%B %Y}: "
                                            f"Proceed with {PEER}")).to_be_visible()

    # The project's approach is now the chosen candidate.
    page.get_by_role("link", name="Back", exact=True).click()
    expect(_heading(page)).to_have_text(project.title)
    expect(_approach(page).first).to_have_text(PEER)

    # The Explore overview brings it together.
    page.get_by_role("link", name="Explore overview").click()
    expect(_heading(page)).to_have_text("Explore")
    expect(page.get_by_text(
        "Evidence from 3 of 6 slices; none yet from organisational data, professional "
        "knowledge or evaluations", exact=True)).to_be_visible()
    expect(page.get_by_text(
        "2 candidate approaches, 2 appraised for suitability and feasibility; "
        "1 decision recorded.")).to_be_visible()
    expect(page.locator(".govuk-summary-list__row", has_text="Root causes")).to_contain_text(
        "1 root cause: 1 supported by evidence, 0 hunches")
    check_axe("Explore overview")

    page.get_by_role("link", name="All evidence").click()
    page.get_by_role("link", name="See the Evidence Pie").click()
    expect(_heading(page)).to_have_text("Evidence Pie")
    assert page.url.endswith(f"/projects/{project.pk}/evidence/pie/")
    expect(page.get_by_role("img", name=f"Evidence Pie for {project.title}")).to_be_visible()
    check_axe("Evidence Pie")
