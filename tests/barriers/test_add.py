import pytest
from django.urls import reverse

from tests.engagement.factories import EngagementActivityFactory
from tests.factories import EvidenceItemFactory, ProjectFactory
from trellis.barriers.models import BarrierEnabler
from trellis.organisations.models import AuditEntry

VALID = {"kind": "barrier", "description": "Practitioners have no time for training",
         "cfir_domain": "inner-setting", "strength": "-2", "status": "open",
         "phase_found": "explore"}


def url(project, query=""):
    return reverse("barriers:add", args=[project.pk]) + query


def test_form_defaults_to_the_projects_phase(editor_client, project):
    project.phase = "prepare"
    project.save(update_fields=["phase"])
    form = editor_client.get(url(project)).context["form"]
    assert form["phase_found"].value() == "prepare"
    assert form["status"].value() == "open"
    page = editor_client.get(url(project)).content.decode()
    assert "No evidence has been recorded for this project yet" in page


def test_record_a_barrier_with_sources(editor_client, editor, project):
    evidence = EvidenceItemFactory(project=project)
    activity = EngagementActivityFactory(project=project)
    response = editor_client.post(url(project), {**VALID, "evidence": [evidence.pk],
                                                 "engagement": [activity.pk]})
    assert response.status_code == 302
    entry = BarrierEnabler.objects.get()
    assert (entry.project, entry.kind, entry.strength, entry.created_by) == (
        project, "barrier", -2, editor)
    assert list(entry.evidence.all()) == [evidence]
    assert list(entry.engagement.all()) == [activity]
    assert AuditEntry.objects.filter(action="barriers.recorded").count() == 1


def test_record_an_enabler(editor_client, project):
    editor_client.post(url(project), {**VALID, "kind": "enabler", "strength": "1"})
    assert BarrierEnabler.objects.get().strength == 1


def errors_for(client, project, **changes):
    response = client.post(url(project), {**VALID, **changes})
    assert response.status_code == 200
    assert not BarrierEnabler.objects.exists()
    return response.content.decode()


def test_empty_submission(editor_client, project):
    page = editor_client.post(url(project), {}).content.decode()
    for message in ("Select whether it is a barrier or an enabler",
                    "Enter a description of the barrier or enabler",
                    "Select the CFIR domain it belongs to", "Select how strong it is",
                    "Select a status", "Select the phase it was found in"):
        assert message in page
    assert not BarrierEnabler.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"strength": "1"}, "A barrier cannot have an enabler&#x27;s strength"),
    ({"kind": "enabler"}, "An enabler cannot have a barrier&#x27;s strength"),
    ({"strength": "0"}, "Select how strong it is from the list"),
    ({"strength": "3"}, "Select how strong it is from the list"),
    ({"cfir_domain": "the-moon"}, "Select a CFIR domain from the list"),
    ({"description": "x" * 501}, "Description must be 500 characters or fewer"),
    ({"status": "forgotten"}, "Select a status from the list"),
])
def test_bad_values_get_clear_messages(editor_client, project, changes, message):
    assert message in errors_for(editor_client, project, **changes)


def test_another_projects_sources_are_refused(editor_client, project, org_a, org_b):
    other = ProjectFactory(organisation=org_a)
    evidence = EvidenceItemFactory(project=other)
    page = errors_for(editor_client, project, evidence=[evidence.pk])
    assert f"Choose evidence recorded for this project. Item {evidence.pk} is not one" in page
    activity = EngagementActivityFactory(project=ProjectFactory(organisation=org_b))
    page = errors_for(editor_client, project, engagement=[activity.pk])
    assert "Choose engagement activities recorded for this project" in page
    assert "Choose evidence from the list" in errors_for(editor_client, project,
                                                         evidence=["abc"])


def test_started_from_a_framework_prompt(editor_client, project):
    query = "?domain=inner-setting&kind=barrier&prompt=workforce-capacity-and-stability-issues"
    response = editor_client.get(url(project, query))
    form = response.context["form"]
    assert form["cfir_domain"].value() == "inner-setting"
    assert form["kind"].value() == "barrier"
    assert form["strength"].value() == -1
    assert form["description"].value().startswith("Overstretched staff managing heavy")
    assert "Started from the framework's prompt" in response.content.decode()


@pytest.mark.parametrize("query", [
    "?domain=the-moon&kind=barrier&prompt=workforce-capacity-and-stability-issues",
    "?domain=inner-setting&kind=sideways&prompt=0",
    "?prompt=%3Cscript%3Ealert(1)%3C/script%3E",
    "?domain=&kind=&prompt=",
])
def test_invalid_prompts_are_ignored(editor_client, project, query):
    response = editor_client.get(url(project, query))
    assert response.status_code == 200
    assert response.context["prompt"] is None
    assert not response.context["form"]["description"].value()
    assert "<script>alert" not in response.content.decode()


def test_domain_and_kind_alone_still_prefill(editor_client, project):
    form = editor_client.get(url(project, "?domain=individuals&kind=enabler")).context["form"]
    assert (form["cfir_domain"].value(), form["kind"].value(), form["strength"].value()) == (
        "individuals", "enabler", 1)


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    assert viewer_client.get(url(project)).status_code == 403
    assert viewer_client.post(url(project), VALID).status_code == 403
    assert outsider_client.post(url(project), VALID).status_code == 404
    assert editor_client.put(url(project)).status_code == 405
    assert not BarrierEnabler.objects.exists()
