from django.urls import reverse

from tests.development.factories import PdActivityFactory
from trellis.development.parts import development_facts
from trellis.development.snapshot import ActivityFacts, DevelopmentFacts


def test_facts_from_the_database(project, django_assert_num_queries):
    course = PdActivityFactory(project=project, name="Course",
                               mechanisms=["instruct-technique", "credible-source"])
    coaching = PdActivityFactory(project=project, name="Coaching", kind="coaching",
                                 follow_on_of=course)
    PdActivityFactory(mechanisms=["action-planning"])  # another project
    with django_assert_num_queries(1):
        facts = development_facts(project)
    assert facts == DevelopmentFacts((
        ActivityFacts(course.pk, "Course", "training", ("instruct-technique",
                                                        "credible-source")),
        ActivityFacts(coaching.pk, "Coaching", "coaching", (), course.pk),
    ))


def test_project_page_shows_the_findings(editor_client, project):
    project.phase = "prepare"
    project.save(update_fields=["phase"])
    detail = reverse("projects:detail", args=[project.pk])
    assert "No professional development is planned yet" in editor_client.get(
        detail).content.decode()
    PdActivityFactory(project=project, name="Course", mechanisms=["instruct-technique"])
    page = editor_client.get(detail).content.decode()
    assert "covers 1 of the 4 groups" in page
    assert "The training &#x27;Course&#x27; has no follow-on support" in page
