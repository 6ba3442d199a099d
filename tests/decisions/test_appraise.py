import pytest
from django.urls import reverse

from tests.decisions.factories import AppraisalFactory, CandidateFactory
from tests.factories import EvidenceItemFactory, ProjectFactory
from trellis.decisions.models import Appraisal


@pytest.fixture
def candidate(project):
    return CandidateFactory(project=project, name="Peer network groups")


def url(candidate, criterion="addresses-need"):
    return reverse("decisions:appraise", args=[candidate.project_id, candidate.pk, criterion])


def page_url(candidate):
    return reverse("decisions:candidate", args=[candidate.project_id, candidate.pk])


def test_candidate_page_shows_suitability_then_feasibility(viewer_client, candidate):
    AppraisalFactory(candidate=candidate, criterion="simple", rating=2,
                     rationale="Lots of moving parts")
    response = viewer_client.get(page_url(candidate))
    page = response.content.decode()
    assert response.status_code == 200
    assert page.index("1. Suitability") < page.index("2. Feasibility")
    assert page.index("Addresses the need") < page.index("Capacity and cost")
    assert "2 out of 5 (poorly)" in page and "Lots of moving parts" in page
    assert "Not yet appraised" in page
    sections = response.context["sections"]
    assert [s.status.text for s in sections] == ["Not started", "1 of 6 rated"]


def test_appraisal_form_shows_the_question_and_hint(editor_client, candidate):
    page = editor_client.get(url(candidate, "pinch-points")).content.decode()
    assert "Known pinch points" in page
    assert "How well do we know its implementation pinch points" in page
    assert "recruiting parents" in page
    assert "No evidence has been added to this project yet" in page


def test_appraise_with_evidence_then_go_to_the_next_criterion(editor_client, editor,
                                                              candidate, project):
    item = EvidenceItemFactory(project=project, title="Carers' consultation")
    EvidenceItemFactory(project=project, title="Not linked")
    assert "Carers&#x27; consultation" in editor_client.get(url(candidate)).content.decode()
    response = editor_client.post(url(candidate), {
        "rating": "5", "rationale": "Carers named isolation first", "evidence": [item.pk],
        "version": "0"})
    assert response.status_code == 302
    assert response["Location"] == url(candidate, "research-evidence")
    appraisal = Appraisal.objects.get()
    assert (appraisal.rating, appraisal.rationale, appraisal.appraised_by) == (
        5, "Carers named isolation first", editor)
    assert list(appraisal.evidence.all()) == [item]


def test_last_unrated_criterion_returns_to_the_candidate(editor_client, candidate):
    response = editor_client.post(url(candidate, "capacity-and-cost"),
                                  {"rating": "3", "rationale": "Tight", "version": "0"})
    assert response["Location"] == page_url(candidate)


@pytest.mark.parametrize("rating", ["6", "0", "-1", "abc", "4.5", ""])
def test_rating_out_of_range_or_not_a_number_is_refused(editor_client, candidate, rating):
    response = editor_client.post(url(candidate), {"rating": rating, "rationale": "Why",
                                                   "version": "0"})
    assert response.status_code == 200
    assert "Choose a rating from 1 (very poorly) to 5 (very well)" in response.content.decode()
    assert not Appraisal.objects.exists()


def test_rationale_is_required(editor_client, candidate):
    response = editor_client.post(url(candidate), {"rating": "3", "rationale": " ",
                                                   "version": "0"})
    assert "Enter why you gave this rating" in response.content.decode()
    assert not Appraisal.objects.exists()


def test_another_projects_evidence_is_refused(editor_client, candidate, project, org_a):
    EvidenceItemFactory(project=project)
    elsewhere = EvidenceItemFactory(project=ProjectFactory(organisation=org_a))
    response = editor_client.post(url(candidate), {
        "rating": "4", "rationale": "Why", "evidence": [elsewhere.pk], "version": "0"})
    assert "Choose evidence from this project&#x27;s list" in response.content.decode()
    assert not Appraisal.objects.exists()


def test_another_projects_evidence_is_refused_even_with_no_evidence_here(
        editor_client, candidate, org_a):
    elsewhere = EvidenceItemFactory(project=ProjectFactory(organisation=org_a))
    response = editor_client.post(url(candidate), {
        "rating": "4", "rationale": "Why", "evidence": [elsewhere.pk], "version": "0"})
    assert "Choose evidence from this project&#x27;s list" in response.content.decode()
    assert not Appraisal.objects.exists()


def test_reappraising_updates_the_current_appraisal(editor_client, candidate, project):
    item = EvidenceItemFactory(project=project)
    appraisal = AppraisalFactory(candidate=candidate, rating=2)
    appraisal.evidence.add(item)
    form = editor_client.get(url(candidate)).context["form"]
    assert form["rating"].value() == 2 and form["version"].value() == 1
    editor_client.post(url(candidate), {"rating": "4", "rationale": "Looked again",
                                        "version": "1"})
    appraisal.refresh_from_db()
    assert (appraisal.rating, appraisal.rationale, appraisal.version) == (4, "Looked again", 2)
    assert not appraisal.evidence.exists()
    assert Appraisal.objects.count() == 1


def test_two_people_appraising_at_once(editor_client, admin_client, candidate):
    """Both open the empty form; the second save is refused, their input kept."""
    editor_client.post(url(candidate), {"rating": "5", "rationale": "Eddie", "version": "0"})
    response = admin_client.post(url(candidate), {"rating": "1", "rationale": "Ada's view",
                                                  "version": "0"})
    page = response.content.decode()
    assert "Someone else saved a change here" in page
    assert "Latest saved appraisal" in page and "5 out of 5 (very well)" in page
    assert "Ada&#x27;s view" in page
    assert Appraisal.objects.get().rationale == "Eddie"
    assert str(response.context["form"]["version"].value()) == "1"


def test_stale_reappraisal_is_refused(editor_client, candidate):
    AppraisalFactory(candidate=candidate, rating=3, version=2)
    response = editor_client.post(url(candidate), {"rating": "1", "rationale": "Old",
                                                   "version": "1"})
    assert "Someone else saved a change here" in response.content.decode()
    assert Appraisal.objects.get().rating == 3


def test_unknown_criterion_is_404(editor_client, candidate):
    assert editor_client.get(url(candidate, "no-such-criterion")).status_code == 404


def test_viewer_cannot_appraise_and_wrong_method(viewer_client, editor_client, candidate):
    assert viewer_client.post(url(candidate), {"rating": "3", "rationale": "x",
                                               "version": "0"}).status_code == 403
    assert editor_client.delete(url(candidate)).status_code == 405
    assert viewer_client.post(page_url(candidate)).status_code == 405
    assert not Appraisal.objects.exists()


def test_candidate_of_another_project_is_404(editor_client, project, org_a):
    elsewhere = CandidateFactory(project=ProjectFactory(organisation=org_a))
    bad = reverse("decisions:appraise", args=[project.pk, elsewhere.pk, "simple"])
    assert editor_client.post(bad, {"rating": "3", "rationale": "x"}).status_code == 404
    assert not Appraisal.objects.exists()


def test_outsider_gets_404(outsider_client, candidate):
    assert outsider_client.get(page_url(candidate)).status_code == 404
    assert outsider_client.get(url(candidate)).status_code == 404


def test_rating_is_constrained_in_the_database(candidate):
    from django.db import IntegrityError, transaction
    with pytest.raises(IntegrityError), transaction.atomic():
        Appraisal.objects.create(candidate=candidate, criterion="simple", rating=6,
                                 rationale="x")
