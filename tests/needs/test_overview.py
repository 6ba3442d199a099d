from html import unescape

import pytest
from django.urls import reverse

from tests.factories import EvidenceItemFactory, ProjectFactory
from tests.needs.factories import PracticeNoteFactory, RootCauseFactory


def url(project):
    return reverse("needs:overview", args=[project.pk])


@pytest.fixture
def kinship(project):
    project.need = "Kinship carers feel isolated"
    project.target_population = "Informal kinship carers of children under 11"
    project.save(update_fields=["need", "target_population"])
    return project


def test_shows_the_need_and_target_population(viewer_client, kinship):
    page = unescape(viewer_client.get(url(kinship)).content.decode())
    assert '<h1 class="govuk-heading-l">Needs and current practice</h1>' in page
    assert "Kinship carers feel isolated" in page
    assert "Informal kinship carers of children under 11" in page
    assert "No root causes recorded yet" in page


def test_only_editors_get_links_to_change_things(viewer_client, editor_client, kinship):
    edit = reverse("projects:edit", args=[kinship.pk])
    add = reverse("needs:add_root_cause", args=[kinship.pk])
    viewed = viewer_client.get(url(kinship)).content.decode()
    assert edit not in viewed and add not in viewed
    edited = editor_client.get(url(kinship)).content.decode()
    assert edit in edited and add in edited
    assert "Change<span class=\"govuk-visually-hidden\"> target population" in edited


def test_unstated_need_says_so(viewer_client, project):
    project.need = ""
    project.save(update_fields=["need"])
    page = viewer_client.get(url(project)).content.decode()
    assert page.count("Not stated yet") == 2
    assert "does not state the child and family need or its target population" in page


def test_root_causes_with_evidence_and_hunches(viewer_client, kinship):
    told = EvidenceItemFactory(project=kinship, slice="lived-experience",
                               title="Carers' consultation")
    counts = EvidenceItemFactory(project=kinship, slice="population-data",
                                 title="Census estimate")
    RootCauseFactory(project=kinship, statement="Carers do not know what to ask for",
                     evidence=[told, counts])
    RootCauseFactory(project=kinship, statement="Groups clash with school runs")
    page = unescape(viewer_client.get(url(kinship)).content.decode())
    assert "Carers do not know what to ask for" in page
    assert "Census estimate" in page and "(Population data)" in page
    assert "Supported by 2 slices" in page
    assert "Hunch" in page
    assert "A hunch is a cause that no evidence supports yet" in page
    assert reverse("needs:triangulation", args=[kinship.pk]) in page
    assert "1 root cause has no supporting evidence: 'Groups clash with school runs'" in page


def test_practice_notes_are_grouped_by_kind(viewer_client, kinship):
    PracticeNoteFactory(project=kinship, kind="contextual_factor", description="SGO policy")
    PracticeNoteFactory(project=kinship, kind="current_practice", description="A leaflet")
    PracticeNoteFactory(project=kinship, kind="belief_or_value", description="Leave alone")
    page = unescape(viewer_client.get(url(kinship)).content.decode())
    current, beliefs, context = (page.index(h) for h in (
        ">Current practice<", ">Beliefs and values<", ">Contextual factors<"))
    assert current < page.index("A leaflet") < beliefs < page.index("Leave alone") < context
    assert context < page.index("SGO policy")


def test_another_organisations_project_is_not_found(outsider_client, project):
    assert outsider_client.get(url(project)).status_code == 404


def test_post_is_not_allowed(editor_client, project):
    assert editor_client.post(url(project)).status_code == 405


def test_constant_number_of_queries(viewer_client, kinship, org_a,
                                    django_assert_max_num_queries):
    RootCauseFactory(project=kinship, evidence=[EvidenceItemFactory(project=kinship)])
    PracticeNoteFactory(project=kinship)
    with django_assert_max_num_queries(10) as few:
        viewer_client.get(url(kinship))
    for n in range(25):
        items = [EvidenceItemFactory(project=kinship, slice=s)
                 for s in ("population-data", "lived-experience")[: n % 3]]
        RootCauseFactory(project=kinship, evidence=items)
        PracticeNoteFactory(project=kinship, kind="belief_or_value")
    # Another project's records must not show up.
    RootCauseFactory(project=ProjectFactory(organisation=org_a), statement="Elsewhere")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = viewer_client.get(url(kinship))
    assert len(response.context["cards"]) == 26
    assert "Elsewhere" not in response.content.decode()
