"""The plan page: Figure 5 as five parts, other apps' sections from the
registry, edit links for editors, and a fixed number of queries."""

from django.urls import reverse

from tests.evidence.factories import EvidenceItemFactory
from tests.plans.factories import (
    CoreComponentFactory,
    FinalOutcomeFactory,
    ImplementationOutcomeFactory,
)
from trellis.plans.demo import COMPONENTS


def url(project):
    return reverse("plans:detail", args=[project.pk])


def test_the_plan_in_five_parts(viewer_client, project, fgc_plan):
    page = viewer_client.get(url(project)).content.decode()
    for heading in ("Problem", "Intervention", "Implementation strategies",
                    "Implementation outcomes", "Final outcomes"):
        assert f'">{heading} <span class="trellis-plan__question">' in page
    for name, *_ in COMPONENTS:
        assert name in page
    assert "Short term" in page and "Medium term" in page and "Long term" in page
    assert "<strong>Buy-in:</strong> FGC team and partner organisations" in page
    assert "Last revised on" in page and "Plan written from the Family Group Conference" in page


def test_editors_get_links_to_change_each_part(editor_client, viewer_client, project, fgc_plan):
    links = [reverse(f"plans:{name}", args=[project.pk])
             for name in ("problem", "components", "outcomes", "final_outcomes")]
    editor_page = editor_client.get(url(project)).content.decode()
    viewer_page = viewer_client.get(url(project)).content.decode()
    for link in links:
        assert f'href="{link}"' in editor_page
        assert f'href="{link}"' not in viewer_page


def test_other_apps_sections_come_from_the_registry(viewer_client, project, extra_section):
    extra_section("test-strategies", "Implementation strategies", "how", [
        {"key": "strategy-1", "title": "Train FGC co-ordinators", "detail": "Accredited",
         "group": "Key stages of delivery"}])
    extra_section("test-adaptations", "Adaptations", "", [
        {"key": "adaptation-1", "title": "Shorter conferences",
         "flag": "Touches a core component"}], order=90)
    page = viewer_client.get(url(project)).content.decode()
    how = page.index('id="plan-column-how"')
    how_well = page.index('id="plan-column-how_well"')
    assert how < page.index("Train FGC co-ordinators") < how_well
    assert "Key stages of delivery" in page and "Accredited" in page
    other = page.index("Other parts of the plan")
    assert other < page.index("Shorter conferences")
    assert '<strong class="govuk-tag govuk-tag--red">Touches a core component</strong>' in page


def test_an_empty_plan(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "Nothing has been saved in the plan yet" in page
    assert page.count("Nothing recorded yet.") >= 5


def test_the_plans_own_checks_show_on_the_page(viewer_client, project):
    project.phase = "prepare"
    project.save(update_fields=["phase"])
    CoreComponentFactory(project=project, name="Voluntary", done_well="")
    page = viewer_client.get(url(project)).content.decode()
    assert "What needs attention" in page
    assert "no fidelity indicator" in page and "\u2018Voluntary\u2019" in page
    assert "The plan has no final outcomes" in page
    assert reverse("framework:page", args=["prepare"]) + "#prepare-core-components" in page


def test_queries_do_not_grow_with_the_plan(editor_client, project, fgc_plan,
                                           django_assert_max_num_queries):
    with django_assert_max_num_queries(40) as small:
        assert editor_client.get(url(project)).status_code == 200
    for _ in range(20):
        CoreComponentFactory(project=project)
        ImplementationOutcomeFactory(project=project)
        FinalOutcomeFactory(project=project)
    problem = project.problem_perspectives.first()
    problem.evidence.set(EvidenceItemFactory.create_batch(5, project=project))
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert editor_client.get(url(project)).status_code == 200
