import datetime

from django.urls import reverse

from tests.decisions.factories import CandidateFactory, DecisionFactory, appraise_all
from tests.factories import ProjectFactory
from trellis.decisions import criteria


def url(project):
    return reverse("decisions:index", args=[project.pk])


def test_lists_candidates_with_how_far_each_stage_is_appraised(viewer_client, project):
    done = CandidateFactory(project=project, name="Peer network groups")
    appraise_all(done, {c.slug: 4 for c in criteria.for_stage("suitability")})
    CandidateFactory(project=project, name="Mentoring")
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Peer network groups" in page and "Mentoring" in page
    rows = response.context["rows"]
    assert [r.candidate.name for r in rows] == ["Mentoring", "Peer network groups"]
    assert [s.text for _, s in rows[1].stages] == ["Appraised", "Not started"]


def test_editor_sees_the_actions_and_viewer_does_not(editor_client, viewer_client, project):
    assert "Add a candidate approach" in editor_client.get(url(project)).content.decode()
    page = viewer_client.get(url(project)).content.decode()
    assert "Add a candidate approach" not in page
    assert "Record a decision" not in page


def test_decisions_are_all_listed_newest_first(viewer_client, project):
    DecisionFactory(project=project, decided_on=datetime.date(2026, 1, 5),
                    rationale="First look")
    DecisionFactory(project=project, decided_on=datetime.date(2026, 6, 5),
                    rationale="Second look")
    page = viewer_client.get(url(project)).content.decode()
    assert page.index("Second look") < page.index("First look")
    assert "5 June 2026: Not proceed" in page


def test_empty_page(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "No candidate approaches have been added yet" in page
    assert "No decision has been recorded yet" in page


def test_outsider_gets_404_and_post_is_405(outsider_client, viewer_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert viewer_client.post(url(project)).status_code == 405


def test_constant_queries(viewer_client, project, django_assert_max_num_queries):
    for n in range(20):
        appraise_all(CandidateFactory(project=project), {"simple": n % 5 + 1})
        DecisionFactory(project=project)
    with django_assert_max_num_queries(8):
        assert viewer_client.get(url(project)).status_code == 200


def test_other_projects_candidates_are_not_listed(viewer_client, project, org_a):
    CandidateFactory(project=ProjectFactory(organisation=org_a), name="Elsewhere")
    assert "Elsewhere" not in viewer_client.get(url(project)).content.decode()
