"""The plan's snapshot part, the project page summary and the section serialisers."""

import time_machine
from django.utils import timezone

from tests.evidence.factories import EvidenceItemFactory
from tests.plans.factories import (
    CoreComponentFactory,
    FinalOutcomeFactory,
    ImplementationOutcomeFactory,
    ProblemPerspectiveFactory,
)
from trellis.plans.parts import plan_facts
from trellis.plans.presenters import plan_summary
from trellis.plans.revisions import record_revision
from trellis.plans.sections import plan_content
from trellis.plans.snapshot import PlanFacts


@time_machine.travel("2026-11-26 10:00Z", tick=False)
def test_facts_from_the_database(project, django_assert_num_queries):
    CoreComponentFactory(project=project, name="Voluntary", done_well="", position=2)
    CoreComponentFactory(project=project, name="Child at the centre", done_well="", position=3)
    CoreComponentFactory(project=project, name="Independent", position=1)
    CoreComponentFactory(project=project, name="Retired", done_well="",
                         retired_at=timezone.now())
    ImplementationOutcomeFactory(project=project, outcome_type="fidelity")
    ImplementationOutcomeFactory(project=project, outcome_type="buy-in")
    FinalOutcomeFactory(project=project)
    record_revision(project=project, user=None, summary="Started")
    with django_assert_num_queries(1):
        facts = plan_facts(project)
    assert facts == PlanFacts(components=3,
                              components_without_fidelity=("Voluntary", "Child at the centre"),
                              implementation_outcomes=2,
                              outcome_types=frozenset({"fidelity", "buy-in"}),
                              final_outcomes=1, revisions=1, last_revised=timezone.localdate())


def test_facts_of_an_empty_plan(project):
    assert plan_facts(project) == PlanFacts()
    assert not plan_facts(project).started


def test_summary_for_the_project_page(project, fgc_plan, django_assert_num_queries):
    with django_assert_num_queries(1):
        summary = plan_summary(project)
    assert (summary.components, summary.implementation_outcomes, summary.final_outcomes,
            summary.outcomes, summary.revisions) == (8, 12, 7, 19, 1)
    assert summary.last_revised is not None
    assert summary.url == f"/projects/{project.pk}/plan/"


def test_sections_are_plain_json_in_a_fixed_number_of_queries(project,
                                                              django_assert_max_num_queries):
    evidence = EvidenceItemFactory(project=project, title="Census")
    problem = ProblemPerspectiveFactory(project=project, perspective="leaders")
    problem.evidence.add(evidence)
    for n in range(5):
        CoreComponentFactory(project=project, position=5 - n)
        ImplementationOutcomeFactory(project=project, term=["long", "short"][n % 2])
        FinalOutcomeFactory(project=project, audience="local-authority")
    with django_assert_max_num_queries(20) as few:
        content = plan_content(project)
    for _ in range(5):
        CoreComponentFactory(project=project)
        ImplementationOutcomeFactory(project=project)
    with django_assert_max_num_queries(len(few.captured_queries)):
        plan_content(project)
    (item,) = content["problem"]
    assert item["evidence"] == [{"pk": evidence.pk, "title": "Census"}]
    assert item["group"] == "Leaders"
    assert [c["position"] for c in content["components"]] == [1, 2, 3, 4, 5]
    groups = [o["group"] for o in content["implementation-outcomes"]]
    assert groups == ["Short term", "Short term", "Long term", "Long term", "Long term"]
    assert all(o["group"] == "Local authority" for o in content["final-outcomes"])
    assert all(item["key"].startswith(("problem-", "component-", "outcome-", "final-"))
               for slug in ("problem", "components", "implementation-outcomes",
                            "final-outcomes") for item in content[slug])
