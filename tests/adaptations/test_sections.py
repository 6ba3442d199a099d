import datetime

from tests.adaptations.factories import AdaptationFactory, ComponentFactory
from trellis.adaptations.sections import adaptations_section
from trellis.plans.sections import sections


def test_registered_outside_the_five_columns():
    [section] = [s for s in sections() if s.slug == "adaptations"]
    assert (section.title, section.column, section.order) == ("Adaptations", "", 80)


def test_items_flag_changes_to_core_components(project, django_assert_num_queries):
    component = ComponentFactory(project=project, name="Private family time")
    later = AdaptationFactory(project=project, what_changed="Shorter family time",
                              core_component=component, planned="reactive",
                              decided_on=datetime.date(2025, 11, 12))
    earlier = AdaptationFactory(project=project, what_changed="Evening conferences",
                                outcome="Attendance rose")
    with django_assert_num_queries(1):
        items = adaptations_section(project)
    assert [i["key"] for i in items] == [f"adaptation-{earlier.pk}", f"adaptation-{later.pk}"]
    assert "flag" not in items[0]
    assert items[0]["fields"]["What it changes"] == "Only how the approach is delivered"
    assert items[0]["fields"]["What happened"] == "Attendance rose"
    assert items[1] == {
        "key": f"adaptation-{later.pk}", "title": "Shorter family time", "label": "Reactive",
        "detail": "Goal: More family members attend",
        "fields": {"What it changes": "Core component: Private family time",
                   "Who decided": "FGC service lead",
                   "Contextual reason": "Family members work during the day",
                   "Date decided": "2025-11-12", "What happened": ""},
        "labels": {"title": "What changed", "label": "Planned or reactive",
                   "detail": "Goal"},
        "flag": "Changes core component: Private family time",
    }
