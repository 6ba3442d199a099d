"""The plan's content arranged as Figure 5: pure, on plain dicts."""

from dataclasses import dataclass

from trellis.plans.layout import arrange


@dataclass(frozen=True)
class Info:
    slug: str
    title: str
    column: str
    order: int


REGISTERED = [Info("problem", "Problem", "why", 10), Info("components", "Core components",
                                                           "what", 20),
              Info("strategies", "Implementation strategies", "how", 30),
              Info("monitoring", "Monitoring", "how", 35),
              Info("outcomes", "Implementation outcomes", "how_well", 40),
              Info("adaptations", "Adaptations", "", 90)]


def test_sections_go_to_their_columns_in_order():
    content = {"outcomes": [], "monitoring": [], "strategies": [], "problem": [],
               "components": [], "adaptations": []}
    plan = arrange(content, REGISTERED)
    assert [c.heading for c in plan.columns] == [
        "Problem", "Intervention", "Implementation strategies", "Implementation outcomes",
        "Final outcomes"]
    assert [[s.slug for s in c.sections] for c in plan.columns] == [
        ["problem"], ["components"], ["strategies", "monitoring"], ["outcomes"], []]
    assert [s.slug for s in plan.other] == ["adaptations"]
    assert plan.columns[2].titled and not plan.columns[0].titled
    assert plan.columns[4].is_empty


def test_items_are_grouped_and_carry_label_flag_and_evidence_links():
    content = {"outcomes": [
        {"key": "o-1", "title": "Enthusiastic", "label": "Buy-in", "group": "Short term"},
        {"key": "o-2", "title": "Clear", "label": "Buy-in", "group": "Short term"},
        {"key": "o-3", "title": "Applying skills", "label": "Adoption", "group": "Medium term",
         "detail": "Target: 80%", "flag": "Touches a core component",
         "evidence": [{"pk": 7, "title": "Survey"}, {"pk": "bad"}]},
    ]}
    plan = arrange(content, REGISTERED, evidence_href=lambda pk: f"/evidence/{pk}/")
    (section,) = plan.columns[3].sections
    assert [(g.heading, [i.title for i in g.items]) for g in section.groups] == [
        ("Short term", ["Enthusiastic", "Clear"]), ("Medium term", ["Applying skills"])]
    item = section.groups[1].items[0]
    assert (item.label, item.detail, item.flag) == ("Adoption", "Target: 80%",
                                                    "Touches a core component")
    assert item.evidence == (("/evidence/7/", "Survey"),)
    assert not section.ordered


def test_items_with_positions_are_an_ordered_list_and_edit_links_are_kept():
    content = {"components": [{"key": "c-1", "title": "A", "position": 1},
                              {"key": "c-2", "title": "B", "position": 2}]}
    plan = arrange(content, REGISTERED, {"components": "/edit/"})
    (section,) = plan.columns[1].sections
    assert section.ordered and section.edit_url == "/edit/"


def test_a_section_no_longer_registered_keeps_its_content_below_the_table():
    plan = arrange({"retired-part": [{"key": "r-1", "title": "Still here"}]}, REGISTERED)
    (section,) = plan.other
    assert section.title == "Retired part"
    assert section.items[0].title == "Still here"
