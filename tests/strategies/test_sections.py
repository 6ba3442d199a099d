"""The strategies section of the plan, and the revision every write records."""

from datetime import date

from tests.barriers.factories import BarrierEnablerFactory
from tests.strategies.factories import ComponentFactory, StrategyFactory
from trellis.plans.sections import plan_content, sections
from trellis.strategies.sections import strategies_section
from trellis.strategies.text import detail_text, timing_text


def test_registered_in_the_how_column():
    section = next(s for s in sections() if s.slug == "strategies")
    assert (section.title, section.column, section.order) == (
        "Implementation strategies", "how", 30)


def test_each_strategy_as_plain_data_in_plan_order(project, editor,
                                                   django_assert_max_num_queries):
    first = ComponentFactory(project=project, position=1, name="Offered at the right time")
    second = ComponentFactory(project=project, position=2, name="Independent co-ordinator")
    turnover = BarrierEnablerFactory(project=project, description="Turnover")
    data = BarrierEnablerFactory(project=project, description="Data is scattered")
    champions = StrategyFactory(project=project, name="Champions", owner=editor,
                                barriers=[turnover, data], core_components=[second, first],
                                start_date=date(2026, 4, 1), end_date=date(2026, 6, 30))
    training = StrategyFactory(project=project, name="training", level="individual",
                               category="professional-development", phase="deliver")
    with django_assert_max_num_queries(3):
        items = strategies_section(project)
    assert [item["key"] for item in items] == [f"strategy-{training.pk}",
                                              f"strategy-{champions.pk}"]
    assert items[1] == {
        "key": f"strategy-{champions.pk}",
        "title": "Champions",
        "group": "Implementation team and champions",
        "detail": "Aimed at: team; owner: Eddie; when: Prepare, 1 Apr 2026 to 30 Jun 2026",
        "fields": {
            "What will happen": "Named practitioners model the approach in each team",
            "Barriers it addresses": ["Data is scattered", "Turnover"],
            "Core components it supports": ["Offered at the right time",
                                            "Independent co-ordinator"],
        },
        "labels": {"title": "Name", "group": "Category",
                   "detail": "Who it is aimed at, owner and timing"},
    }
    assert items[0]["detail"] == ("Aimed at: individual practitioner; no owner yet; "
                                  "when: Deliver")
    assert plan_content(project)["strategies"] == items


def test_timing_in_words():
    assert timing_text("prepare", date(2026, 4, 1), None) == "Prepare, from 1 Apr 2026"
    assert timing_text("sustain", None, date(2027, 3, 31)) == "Sustain, until 31 Mar 2027"
    assert detail_text("partnership", "", "Deliver") == (
        "Aimed at: partnership; no owner yet; when: Deliver")
