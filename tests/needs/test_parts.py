"""The "needs" snapshot part, built from the database, and what it adds to
the project page's critical friend."""

from html import unescape

import pytest
from django.urls import reverse

from tests.factories import EvidenceItemFactory, ProjectFactory
from tests.needs.factories import PracticeNoteFactory, RootCauseFactory
from trellis.needs import services
from trellis.needs.parts import needs_part
from trellis.needs.snapshot import RootCauseFacts


def test_part_from_the_database(project, org_a):
    project.target_population = ""
    project.save(update_fields=["target_population"])
    items = [EvidenceItemFactory(project=project, slice=s)
             for s in ("lived-experience", "lived-experience", "evaluations")]
    RootCauseFactory(project=project, statement="Supported", evidence=items)
    RootCauseFactory(project=project, statement="Hunch")
    PracticeNoteFactory(project=project)
    RootCauseFactory(project=ProjectFactory(organisation=org_a), statement="Elsewhere")
    facts, evidence = needs_part(project)
    assert evidence.counts_by_slice["lived-experience"] == 2
    assert evidence.counts_by_slice["evaluations"] == 1
    assert evidence.total == 3
    assert facts.root_causes == (
        RootCauseFacts("Supported", frozenset({"lived-experience", "evaluations"})),
        RootCauseFacts("Hunch", frozenset()))
    assert (facts.has_need, facts.has_target_population, facts.practice_notes) == (
        True, False, 1)


def test_part_uses_a_fixed_number_of_queries(project, django_assert_num_queries):
    for n in range(20):
        RootCauseFactory(project=project, evidence=[EvidenceItemFactory(project=project)
                                                    for _ in range(n % 3)])
    with django_assert_num_queries(1):
        needs_part(project)


def test_project_page_shows_needs_findings(viewer_client, project):
    RootCauseFactory(project=project, statement="Nobody asked carers")
    page = unescape(viewer_client.get(reverse("projects:detail", args=[project.pk])
                                      ).content.decode())
    assert "1 root cause has no supporting evidence: 'Nobody asked carers'" in page
    assert "No target population is stated" in page


def test_service_refuses_another_projects_evidence(project, org_a, editor):
    elsewhere = EvidenceItemFactory(project=ProjectFactory(organisation=org_a))
    with pytest.raises(services.EvidenceElsewhereError):
        services.add_root_cause(project=project, statement="x", explanation="",
                                evidence=[elsewhere], created_by=editor)
    cause = RootCauseFactory(project=project)
    with pytest.raises(services.EvidenceElsewhereError):
        services.update_root_cause(root_cause=cause, version=1, statement="y",
                                   explanation="", evidence=[elsewhere], changed_by=editor)
    assert not project.root_causes.exclude(pk=cause.pk).exists()
    cause.refresh_from_db()
    assert cause.version == 1
