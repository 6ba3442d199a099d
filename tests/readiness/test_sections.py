from tests.readiness.factories import ReadinessItemFactory
from trellis.plans.sections import sections
from trellis.readiness.sections import readiness_section


def test_registered_outside_the_five_columns():
    [section] = [s for s in sections() if s.slug == "readiness"]
    assert (section.title, section.column, section.order) == ("Readiness", "", 70)


def test_items_in_the_seeds_order_of_areas(project, editor, django_assert_num_queries):
    other = ReadinessItemFactory(project=project, area="other", description="Interpreters")
    funding = ReadinessItemFactory(project=project, area="funding", owner=editor,
                                   status="ready", note="Two years")
    admin = ReadinessItemFactory(project=project, area="admin_support", description="")
    with django_assert_num_queries(1):
        items = readiness_section(project)
    assert [i["key"] for i in items] == [f"readiness-{admin.pk}", f"readiness-{funding.pk}",
                                         f"readiness-{other.pk}"]
    assert items[1] == {
        "key": f"readiness-{funding.pk}", "title": "Funding", "label": "Ready",
        "detail": "Funding for two co-ordinator posts",
        "fields": {"Owner": "Eddie", "Note": "Two years"},
        "labels": {"title": "Area", "label": "Status", "detail": "What needs to be in place"},
    }
    assert items[0]["fields"]["Owner"] == ""
