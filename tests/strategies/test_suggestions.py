from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import ProjectFactory
from tests.strategies.factories import StrategyFactory


def url(project):
    return reverse("strategies:suggestions", args=[project.pk])


def sections_by_description(response):
    return {s.barrier.description: s for s in response.context["sections"]}


def test_each_open_barrier_with_ranked_suggestions(editor_client, project):
    BarrierEnablerFactory(project=project, description="High staff turnover means new "
                          "starters miss the training", strength=-2, cfir_domain="inner-setting")
    BarrierEnablerFactory(project=project, description="Partner agencies rarely refer",
                          cfir_domain="outer-setting", status="being_addressed")
    BarrierEnablerFactory(project=project, description="Old IT", status="resolved")
    BarrierEnablerFactory(project=project, description="Keen champions", kind="enabler",
                          strength=2)
    BarrierEnablerFactory(project=ProjectFactory(organisation=project.organisation),
                          description="Elsewhere")
    response = editor_client.get(url(project))
    assert response.status_code == 200
    sections = sections_by_description(response)
    # Framework order of domains: outer setting comes before inner setting.
    assert list(sections) == ["Partner agencies rarely refer",
                              "High staff turnover means new starters miss the training"]
    turnover = sections["High staff turnover means new starters miss the training"]
    assert len(turnover.suggestions) == 5  # a strong barrier
    first = turnover.suggestions[0]
    assert first.suggestion.strategy.slug == "induction-for-new-starters"
    barrier_pk = turnover.barrier.pk
    assert first.pick_url == (reverse("strategies:add", args=[project.pk])
                              + f"?library=induction-for-new-starters&barrier={barrier_pk}")
    assert len(sections["Partner agencies rarely refer"].suggestions) == 3
    page = response.content.decode()
    assert "Suggested because this is an inner-setting barrier" in page
    assert "No strategy addresses this barrier yet." in page
    assert "Why it helps:" in page
    assert first.pick_url.replace("&", "&amp;") in page
    for absent in ("Old IT", "Keen champions", "Elsewhere"):
        assert absent not in page


def test_what_the_barrier_has_is_not_suggested_and_planned_ones_are_pointed_to(
        editor_client, project):
    barrier = BarrierEnablerFactory(project=project, description="Partner agencies rarely "
                                    "refer", cfir_domain="outer-setting")
    StrategyFactory(project=project, name="Make the case with partner agencies",
                    barriers=[barrier])
    planned = StrategyFactory(project=project, name="Anything", library_slug="secure-funding")
    section = editor_client.get(url(project)).context["sections"][0]
    assert section.addressed_by == ["Make the case with partner agencies"]
    slugs = [link.suggestion.strategy.slug for link in section.suggestions]
    assert "partner-briefings" not in slugs
    funding = next(link for link in section.suggestions
                   if link.suggestion.strategy.slug == "secure-funding")
    assert funding.planned_url == reverse("strategies:edit", args=[project.pk, planned.pk])
    page = editor_client.get(url(project)).content.decode()
    assert "Already addressed by: Make the case with partner agencies." in page
    assert "Your plan already has this strategy." in page


def test_viewers_see_suggestions_without_pick_links(viewer_client, project):
    BarrierEnablerFactory(project=project)
    page = viewer_client.get(url(project)).content.decode()
    assert "Suggested because" in page
    assert "Use this strategy" not in page


def test_no_open_barriers(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "There are no open barriers to suggest strategies for." in page


def test_constant_queries(viewer_client, project, django_assert_max_num_queries):
    BarrierEnablerFactory(project=project)
    with django_assert_max_num_queries(20) as one:
        viewer_client.get(url(project))
    for i in range(20):
        barrier = BarrierEnablerFactory(project=project,
                                        cfir_domain="individuals" if i % 2 else "innovation")
        StrategyFactory(project=project, barriers=[barrier])
    with django_assert_max_num_queries(len(one.captured_queries)):
        viewer_client.get(url(project))


def test_outsider_and_wrong_method(outsider_client, editor_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert editor_client.post(url(project)).status_code == 405
