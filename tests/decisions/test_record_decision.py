import datetime

import pytest
import time_machine
from django.urls import reverse

from tests.decisions.factories import CandidateFactory
from tests.factories import ProjectFactory
from trellis.decisions import services
from trellis.decisions.models import Decision
from trellis.organisations.models import AuditEntry
from trellis.projects.models import Project

TODAY = datetime.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(datetime.datetime(2026, 11, 26, 12, tzinfo=datetime.UTC)):
        yield


def url(project):
    return reverse("decisions:record_decision", args=[project.pk])


def data(choice, **changes):
    return {"choice": choice, "rationale": "Scored best on both stages",
            "participants": "Kinship team, Local Evidence Lead, two kinship carers",
            "decided_on_day": "12", "decided_on_month": "11", "decided_on_year": "2026", **changes}


def test_form_offers_each_candidate_and_not_proceeding(editor_client, project):
    CandidateFactory(project=project, name="Peer network groups")
    page = editor_client.get(url(project)).content.decode()
    assert "Proceed with Peer network groups" in page
    assert "Do not proceed with any of these approaches" in page


def test_proceeding_makes_it_the_projects_approach(editor_client, editor, project):
    chosen = CandidateFactory(project=project, name="Peer network groups")
    version = project.version
    response = editor_client.post(url(project), data(str(chosen.pk)))
    assert response.status_code == 302
    assert response["Location"] == reverse("decisions:index", args=[project.pk])
    decision = Decision.objects.get()
    assert (decision.outcome, decision.candidate, decision.candidate_name) == (
        "proceed", chosen, "Peer network groups")
    assert decision.decided_on == datetime.date(2026, 11, 12)
    assert decision.recorded_by == editor
    assert decision.participants.startswith("Kinship team")
    project.refresh_from_db()
    assert project.approach == "Peer network groups"
    assert project.version == version + 1
    assert AuditEntry.objects.filter(action="decisions.decision_recorded").exists()
    assert AuditEntry.objects.filter(action="project.updated").exists()


def test_not_proceeding_is_a_decision_too(editor_client, project):
    CandidateFactory(project=project)
    editor_client.post(url(project), data("none"))
    decision = Decision.objects.get()
    assert (decision.outcome, decision.candidate) == ("not_proceed", None)
    assert Project.objects.get(pk=project.pk).approach == project.approach
    page = editor_client.get(reverse("decisions:index", args=[project.pk])).content.decode()
    assert "Not proceed with any of the candidate approaches" in page


def test_not_proceeding_with_no_candidates(editor_client, project):
    assert editor_client.post(url(project), data("none")).status_code == 302
    assert Decision.objects.get().outcome == "not_proceed"


def test_later_decisions_do_not_overwrite_earlier_ones(editor_client, project):
    first = CandidateFactory(project=project, name="Mentoring")
    second = CandidateFactory(project=project, name="Peer groups")
    editor_client.post(url(project), data(str(first.pk), rationale="First"))
    editor_client.post(url(project), data(str(second.pk), rationale="Second",
                                          decided_on_day="20"))
    assert [d.rationale for d in Decision.objects.all()] == ["Second", "First"]
    assert Project.objects.get(pk=project.pk).approach == "Peer groups"


def test_missing_answers_are_refused_clearly(editor_client, project):
    response = editor_client.post(url(project), {})
    page = response.content.decode()
    for message in ("Select what you decided", "Enter why you made this decision",
                    "Enter who took part in the decision", "Enter the date of the decision"):
        assert message in page
    assert not Decision.objects.exists()


def test_future_and_unreal_dates_are_refused(editor_client, project):
    response = editor_client.post(url(project), data("none", decided_on_year="2027"))
    assert "The date of the decision must be today or in the past" in (
        response.content.decode())
    response = editor_client.post(url(project), data("none", decided_on_day="31",
                                                     decided_on_month="2"))
    assert "Enter a real date" in response.content.decode()
    assert not Decision.objects.exists()


def test_another_projects_candidate_is_refused(editor_client, project, org_a):
    elsewhere = CandidateFactory(project=ProjectFactory(organisation=org_a))
    response = editor_client.post(url(project), data(str(elsewhere.pk)))
    assert "Select one of the candidate approaches listed" in response.content.decode()
    assert not Decision.objects.exists()


def test_the_service_refuses_another_projects_candidate(project, editor, org_a):
    elsewhere = CandidateFactory(project=ProjectFactory(organisation=org_a))
    with pytest.raises(ValueError):
        services.record_decision(project=project, outcome="proceed", candidate=elsewhere,
                                 rationale="x", participants="y", decided_on=TODAY,
                                 recorded_by=editor)
    assert not Decision.objects.exists()


def test_a_stale_project_records_nothing(project, editor):
    chosen = CandidateFactory(project=project)
    Project.objects.filter(pk=project.pk).update(version=project.version + 1)
    with pytest.raises(services.StaleEditError):
        services.record_decision(project=project, outcome="proceed", candidate=chosen,
                                 rationale="x", participants="y", decided_on=TODAY,
                                 recorded_by=editor)
    assert not Decision.objects.exists()


def test_viewer_403_outsider_404_wrong_method_405(viewer_client, outsider_client,
                                                  editor_client, project):
    assert viewer_client.post(url(project), data("none")).status_code == 403
    assert outsider_client.get(url(project)).status_code == 404
    assert editor_client.put(url(project)).status_code == 405
    assert not Decision.objects.exists()


def test_database_requires_a_candidate_only_when_proceeding(project):
    from django.db import IntegrityError, transaction
    with pytest.raises(IntegrityError), transaction.atomic():
        Decision.objects.create(project=project, outcome="proceed", rationale="x",
                                participants="y", decided_on=TODAY)


def test_a_recorded_decision_cannot_be_changed(project):
    from tests.decisions.factories import DecisionFactory
    decision = DecisionFactory(project=project)
    decision.rationale = "Rewritten"
    with pytest.raises(ValueError, match="never changed"):
        decision.save()
