from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.engagement.factories import EngagementActivityFactory
from tests.factories import EvidenceItemFactory, ProjectFactory


def url(project, **query):
    base = reverse("barriers:index", args=[project.pk])
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def tallies(response):
    return {row.slug: row.tally for row in response.context["tally_rows"]}


def test_empty_register_lists_every_domain_with_prompts(viewer_client, project):
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    for name in ("Innovation", "Outer setting", "Inner setting", "Individuals",
                 "Implementation process"):
        assert name in page
    assert page.count("Prompts from the framework") == 5
    assert "Workforce capacity and stability issues" in page  # a framework barrier theme
    assert "Overstretched staff managing heavy or complex caseloads." in page
    assert "Record as barrier" not in page  # viewers cannot start entries
    assert "Add a barrier or enabler" not in page


def test_editors_can_start_an_entry_from_a_prompt(editor_client, project):
    page = editor_client.get(url(project)).content.decode()
    add = reverse("barriers:add", args=[project.pk])
    assert (f'{add}?domain=inner-setting&amp;kind=barrier&amp;'
            'prompt=workforce-capacity-and-stability-issues') in page
    assert f"{add}?domain=individuals&amp;kind=enabler&amp;prompt=role-of-parents-and-carers" in (
        page)


def test_grouped_by_domain_with_open_and_resolved_counts(viewer_client, project):
    BarrierEnablerFactory(project=project, cfir_domain="inner-setting", status="open")
    BarrierEnablerFactory(project=project, cfir_domain="inner-setting", status="being_addressed")
    BarrierEnablerFactory(project=project, cfir_domain="inner-setting", status="resolved")
    BarrierEnablerFactory(project=project, cfir_domain="outer-setting", kind="enabler",
                          strength=2, status="no_longer_relevant")
    BarrierEnablerFactory(project=project, cfir_domain="individuals", kind="enabler", strength=1)
    BarrierEnablerFactory(project=ProjectFactory(organisation=project.organisation))
    response = viewer_client.get(url(project))
    counts = tallies(response)
    inner = counts["inner-setting"]
    assert (inner.open_barriers, inner.resolved_barriers, inner.total) == (2, 1, 3)
    assert counts["outer-setting"].resolved_enablers == 1
    assert counts["individuals"].open_enablers == 1
    assert counts["innovation"].total == 0
    assert response.context["total"] == 5
    sections = {s.slug: s for s in response.context["sections"]}
    assert len(sections["inner-setting"].rows) == 3
    assert "Strong enabler (+2)" in response.content.decode()


def test_sources_are_listed(viewer_client, project):
    entry = BarrierEnablerFactory(project=project)
    entry.evidence.add(EvidenceItemFactory(project=project, title="Kinship census"))
    entry.engagement.add(EngagementActivityFactory(project=project))
    page = viewer_client.get(url(project)).content.decode()
    assert "Kinship census" in page
    assert "27 Mar 2026: Workshop" in page


def test_filters(viewer_client, project):
    BarrierEnablerFactory(project=project, description="Turnover", cfir_domain="inner-setting")
    BarrierEnablerFactory(project=project, description="Champions", kind="enabler", strength=2,
                          cfir_domain="individuals")
    BarrierEnablerFactory(project=project, description="Old IT system", status="resolved")
    by_domain = viewer_client.get(url(project, domain="individuals"))
    assert [s.slug for s in by_domain.context["sections"]] == ["individuals"]
    assert "Champions" in by_domain.content.decode()
    assert "Turnover" not in by_domain.content.decode()
    by_kind = viewer_client.get(url(project, kind="barrier")).content.decode()
    assert "Turnover" in by_kind and "Champions" not in by_kind
    by_status = viewer_client.get(url(project, status="resolved")).content.decode()
    assert "Old IT system" in by_status and "Turnover" not in by_status
    assert "Clear filters" in by_status
    # The counts always cover the whole register.
    assert viewer_client.get(url(project, kind="enabler")).context["total"] == 3


def test_unknown_filters_are_ignored(viewer_client, project):
    BarrierEnablerFactory(project=project, description="Turnover")
    response = viewer_client.get(url(project, domain="nowhere", kind="%3Cscript%3E",
                                     status="x"))
    assert response.status_code == 200
    assert len(response.context["sections"]) == 5
    assert "Turnover" in response.content.decode()
    assert "There is a problem" not in response.content.decode()


def test_constant_queries(editor_client, project, django_assert_max_num_queries):
    entry = BarrierEnablerFactory(project=project)
    entry.evidence.add(EvidenceItemFactory(project=project))
    with django_assert_max_num_queries(30) as one:
        editor_client.get(url(project))
    for _ in range(10):
        entry = BarrierEnablerFactory(project=project, cfir_domain="innovation")
        entry.evidence.add(EvidenceItemFactory(project=project))
        entry.engagement.add(EngagementActivityFactory(project=project))
    with django_assert_max_num_queries(len(one.captured_queries)):
        editor_client.get(url(project))


def test_outsider_gets_404_and_posts_are_refused(outsider_client, editor_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert editor_client.post(url(project)).status_code == 405
