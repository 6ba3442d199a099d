from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from trellis.barriers.parts import barrier_facts
from trellis.barriers.snapshot import BarrierFacts


def test_facts_from_the_database(project, django_assert_num_queries):
    BarrierEnablerFactory(project=project, cfir_domain="innovation")
    BarrierEnablerFactory(project=project, cfir_domain="innovation", status="resolved")
    BarrierEnablerFactory(project=project, cfir_domain="individuals", kind="enabler", strength=2)
    BarrierEnablerFactory()  # another project
    with django_assert_num_queries(1):
        facts = barrier_facts(project)
    assert facts == BarrierFacts(open_barriers=1, enablers=1, total=3,
                                 by_domain={"innovation": 2, "individuals": 1})


def test_project_page_shows_the_finding(editor_client, project):
    detail = reverse("projects:detail", args=[project.pk])
    page = editor_client.get(detail).content.decode()
    assert "No barriers or enablers have been recorded" in page
    BarrierEnablerFactory(project=project)
    assert "No barriers or enablers" not in editor_client.get(detail).content.decode()
