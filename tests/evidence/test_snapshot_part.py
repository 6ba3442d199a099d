"""The "evidence" part of a project's snapshot."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.evidence.factories import EvidenceItemFactory
from tests.factories import ProjectFactory
from trellis.evidence.parts import evidence_facts
from trellis.evidence.snapshot import EvidenceFacts
from trellis.insights.parts import build_parts


def test_counts_every_slice_in_framework_order_in_one_query(project, org_a):
    EvidenceItemFactory.create_batch(3, project=project, slice="lived-experience")
    EvidenceItemFactory(project=project, slice="population-data")
    EvidenceItemFactory(project=ProjectFactory(organisation=org_a), slice="evaluations")
    with CaptureQueriesContext(connection) as queries:
        facts = evidence_facts(project)
    assert len(queries) == 1
    assert facts == EvidenceFacts(counts_by_slice={
        "population-data": 1, "organisational-data": 0, "professional-knowledge": 0,
        "lived-experience": 3, "evaluations": 0, "wider-research": 0})
    assert list(facts.counts_by_slice) == ["population-data", "organisational-data",
                                           "professional-knowledge", "lived-experience",
                                           "evaluations", "wider-research"]
    assert facts.total == 4
    assert facts.covered == ["population-data", "lived-experience"]


def test_the_part_is_registered(project):
    assert build_parts(project)["evidence"].total == 0


def test_project_page_shows_the_evidence_findings(viewer_client, project):
    from django.urls import reverse
    page = viewer_client.get(reverse("projects:detail", args=[project.pk])).content.decode()
    assert "No evidence is recorded yet" in page
