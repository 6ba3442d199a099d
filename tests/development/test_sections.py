from datetime import date

from tests.development.factories import PdActivityFactory
from trellis.development.sections import development_section
from trellis.plans.sections import sections


def test_registered_outside_the_five_columns():
    [section] = [s for s in sections() if s.slug == "development"]
    assert (section.title, section.column, section.order) == ("Professional development", "",
                                                              60)


def test_items_are_plain_data_in_date_order(project, django_assert_num_queries):
    later = PdActivityFactory(project=project, name="Supervision", kind="supervision",
                              starts_on=date(2025, 9, 15), mechanisms=["action-planning",
                                                                       "credible-source"])
    course = PdActivityFactory(project=project, name="Course", starts_on=date(2025, 9, 8),
                               ends_on=date(2025, 9, 12))
    undated = PdActivityFactory(project=project, name="Anytime e-learning", kind="e_learning",
                                audience="")
    later.follow_on_of = course
    later.save(update_fields=["follow_on_of"])
    with django_assert_num_queries(2):
        items = development_section(project)
    assert [i["key"] for i in items] == [f"pd-{course.pk}", f"pd-{later.pk}",
                                         f"pd-{undated.pk}"]
    assert items[1] == {
        "key": f"pd-{later.pk}", "title": "Supervision", "label": "Supervision",
        "detail": "Present information from a credible source; Prompt action planning",
        "fields": {"Who it is for": "FGC co-ordinators", "Start date": "2025-09-15",
                   "End date": "", "Follow-on support for": "Course"},
        "labels": {"title": "Activity", "label": "Type", "detail": "Mechanisms"},
    }
    assert items[0]["fields"]["End date"] == "2025-09-12"
    assert items[2]["label"] == "E-learning"
