from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import ProjectFactory
from tests.strategies.factories import StrategyFactory
from trellis.strategies.parts import strategy_facts
from trellis.strategies.snapshot import StrategyFacts


def test_facts_from_the_database_in_one_query(project, django_assert_num_queries):
    turnover = BarrierEnablerFactory(project=project, description="Turnover")
    BarrierEnablerFactory(project=project, description="No data", status="being_addressed")
    BarrierEnablerFactory(project=project, description="Old IT", status="resolved")
    enabler = BarrierEnablerFactory(project=project, description="Champions", kind="enabler",
                                    strength=2)
    StrategyFactory(project=project, name="Coaching", level="individual",
                    barriers=[turnover])
    StrategyFactory(project=project, name="Team huddles", level="team", barriers=[enabler])
    StrategyFactory(project=project, name="Dashboard", level="service")
    elsewhere = ProjectFactory(organisation=project.organisation)
    StrategyFactory(project=elsewhere, barriers=[BarrierEnablerFactory(project=elsewhere)])
    with django_assert_num_queries(1):
        facts = strategy_facts(project)
    # A link to an enabler does not count as addressing a barrier.
    assert facts == StrategyFacts(strategies=3, levels=("individual", "service", "team"),
                                  unlinked=("Dashboard", "Team huddles"),
                                  uncovered=("No data",))


def test_project_page_shows_the_findings(editor_client, project):
    project.phase = "prepare"
    project.save(update_fields=["phase"])
    BarrierEnablerFactory(project=project, description="Staff have no time for training")
    page = editor_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "1 open barrier has no strategy to address it" in page
    StrategyFactory(project=project, name="Protected time")
    page = editor_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "Only one implementation strategy is planned" in page
    assert "1 strategy is not linked to any barrier: ‘Protected time’" in page
