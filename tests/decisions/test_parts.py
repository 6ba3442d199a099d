"""The decisions part of a project's snapshot, and its findings on the project page."""

from django.urls import reverse

from tests.decisions.factories import CandidateFactory, DecisionFactory, appraise_all
from trellis.decisions import criteria
from trellis.decisions.parts import decision_facts
from trellis.decisions.snapshot import CandidateFacts, DecisionFacts

SUITABILITY = {c.slug: 4 for c in criteria.for_stage("suitability")}
FEASIBILITY = {c.slug: 3 for c in criteria.for_stage("feasibility")}


def test_facts(project, django_assert_num_queries):
    appraise_all(CandidateFactory(project=project, name="B"), SUITABILITY)
    appraise_all(CandidateFactory(project=project, name="A"), {**SUITABILITY, **FEASIBILITY})
    appraise_all(CandidateFactory(project=project, name="C"), {"simple": 2})
    DecisionFactory(project=project)
    with django_assert_num_queries(1):
        facts = decision_facts(project)
    assert facts == DecisionFacts(candidates=(
        CandidateFacts("A", frozenset({"suitability", "feasibility"})),
        CandidateFacts("B", frozenset({"suitability"})),
        CandidateFacts("C", frozenset()),
    ), decisions=1)


def test_empty_project(project):
    assert decision_facts(project) == DecisionFacts()


def test_project_page_shows_the_finding(viewer_client, project):
    appraise_all(CandidateFactory(project=project, name="Peer network groups"), SUITABILITY)
    page = viewer_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "&#x27;Peer network groups&#x27; has been appraised for suitability" in page
