from django.urls import reverse

from tests.decisions.factories import AppraisalFactory, CandidateFactory, DecisionFactory
from tests.factories import ProjectFactory
from trellis.decisions.models import Appraisal, Candidate
from trellis.organisations.models import AuditEntry


def add_url(project):
    return reverse("decisions:add_candidate", args=[project.pk])


def edit_url(candidate):
    return reverse("decisions:edit_candidate", args=[candidate.project_id, candidate.pk])


def remove_url(candidate):
    return reverse("decisions:remove_candidate", args=[candidate.project_id, candidate.pk])


VALID = {"name": "Kinship carer peer network groups", "origin": "local",
         "description": "Monthly groups in family hubs", "link": "https://example.org/kinship"}


def test_add_candidate(editor_client, editor, project):
    assert editor_client.get(add_url(project)).status_code == 200
    response = editor_client.post(add_url(project), VALID)
    candidate = Candidate.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("decisions:candidate",
                                           args=[project.pk, candidate.pk])
    assert (candidate.project, candidate.name, candidate.origin, candidate.created_by) == (
        project, VALID["name"], "local", editor)
    assert AuditEntry.objects.filter(action="decisions.candidate_added").exists()


def test_add_candidate_refuses_bad_input_clearly(editor_client, project):
    response = editor_client.post(add_url(project), {"name": "", "origin": ""})
    page = response.content.decode()
    assert "Enter the name of the approach" in page
    assert "Select where the approach comes from" in page
    response = editor_client.post(add_url(project), {**VALID, "name": "x" * 201,
                                                     "origin": "magic", "link": "ftp://x.org"})
    page = response.content.decode()
    assert "Name must be 200 characters or fewer" in page
    assert "Select where the approach comes from" in page
    assert "Enter a web address starting with http:// or https://" in page
    assert "Error: " in page.split("</title>")[0]
    assert not Candidate.objects.exists()


def test_javascript_link_is_refused(editor_client, project):
    response = editor_client.post(add_url(project), {**VALID, "link": "javascript:alert(1)"})
    assert "Enter a web address starting with http:// or https://" in response.content.decode()
    assert not Candidate.objects.exists()


def test_viewer_cannot_add_and_wrong_method(viewer_client, editor_client, project):
    assert viewer_client.post(add_url(project), VALID).status_code == 403
    assert editor_client.put(add_url(project)).status_code == 405
    assert not Candidate.objects.exists()


def edit_data(candidate, **changes):
    return {"name": candidate.name, "origin": candidate.origin,
            "description": candidate.description, "link": candidate.link,
            "version": candidate.version, **changes}


def test_edit_candidate_bumps_version(editor_client, project):
    candidate = CandidateFactory(project=project)
    assert editor_client.get(edit_url(candidate)).status_code == 200
    response = editor_client.post(edit_url(candidate), edit_data(candidate, name="Renamed"))
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert (candidate.name, candidate.version) == ("Renamed", 2)


def test_stale_edit_is_refused_and_input_kept(editor_client, admin_client, project):
    candidate = CandidateFactory(project=project, name="Original")
    first = edit_data(candidate, name="Eddie's name")
    second = edit_data(candidate, description="Ada's description")
    assert editor_client.post(edit_url(candidate), first).status_code == 302
    response = admin_client.post(edit_url(candidate), second)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else saved a change here" in page
    assert "Ada&#x27;s description" in page  # the input is kept
    assert "Latest saved version" in page
    candidate.refresh_from_db()
    assert candidate.description != "Ada's description"
    assert str(response.context["form"]["version"].value()) == "2"


def test_edit_refuses_empty_name(editor_client, project):
    candidate = CandidateFactory(project=project, name="Keep me")
    response = editor_client.post(edit_url(candidate), edit_data(candidate, name=""))
    assert "Enter the name of the approach" in response.content.decode()
    candidate.refresh_from_db()
    assert candidate.name == "Keep me"


def test_candidate_of_another_project_is_404(editor_client, project, org_a):
    elsewhere = CandidateFactory(project=ProjectFactory(organisation=org_a))
    for name in ("decisions:candidate", "decisions:edit_candidate",
                 "decisions:remove_candidate"):
        url = reverse(name, args=[project.pk, elsewhere.pk])
        assert editor_client.get(url).status_code == 404
    assert editor_client.post(reverse("decisions:remove_candidate",
                                      args=[project.pk, elsewhere.pk])).status_code == 404
    assert Candidate.objects.filter(pk=elsewhere.pk).exists()


def test_outsider_gets_404(outsider_client, project):
    candidate = CandidateFactory(project=project)
    assert outsider_client.get(edit_url(candidate)).status_code == 404


def test_remove_asks_first_then_removes_with_appraisals(editor_client, project):
    candidate = CandidateFactory(project=project, name="Mentoring")
    AppraisalFactory(candidate=candidate)
    page = editor_client.get(remove_url(candidate)).content.decode()
    assert "Remove 'Mentoring'?" in page and "1 appraisal " in page
    response = editor_client.post(remove_url(candidate))
    assert response["Location"] == reverse("decisions:index", args=[project.pk])
    assert not Candidate.objects.exists() and not Appraisal.objects.exists()


def test_a_chosen_candidate_cannot_be_removed(editor_client, project):
    candidate = CandidateFactory(project=project, name="Chosen")
    DecisionFactory(project=project, outcome="proceed", candidate=candidate,
                    candidate_name="Chosen")
    response = editor_client.post(remove_url(candidate))
    assert response.status_code == 200
    assert "cannot be removed because a recorded decision chose it" in (
        response.content.decode())
    assert Candidate.objects.filter(pk=candidate.pk).exists()


def test_viewer_cannot_edit_or_remove(viewer_client, project):
    candidate = CandidateFactory(project=project)
    assert viewer_client.post(edit_url(candidate), edit_data(candidate)).status_code == 403
    assert viewer_client.post(remove_url(candidate)).status_code == 403
    assert Candidate.objects.filter(pk=candidate.pk).exists()
