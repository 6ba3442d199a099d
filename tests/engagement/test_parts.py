from django.urls import reverse

from tests.engagement.factories import EngagementActivityFactory
from trellis.engagement.parts import engagement_facts
from trellis.engagement.snapshot import EngagementFacts


def test_facts_from_the_database(project, django_assert_num_queries):
    EngagementActivityFactory(project=project, audiences=["leaders", "parents_carers"])
    EngagementActivityFactory(project=project, audiences=["leaders"])
    EngagementActivityFactory(audiences=["children_young_people"])  # another project
    with django_assert_num_queries(1):
        facts = engagement_facts(project)
    assert facts == EngagementFacts(frozenset({"leaders", "parents_carers"}), 2)


def test_project_page_shows_the_finding(editor_client, project):
    page = editor_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "No engagement with children, young people, parents or carers" in page
    EngagementActivityFactory(project=project, audiences=["children_young_people"])
    page = editor_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "No engagement with children" not in page
