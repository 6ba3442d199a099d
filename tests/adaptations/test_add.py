import datetime

import pytest
import time_machine
from django.urls import reverse

from tests.adaptations.factories import ComponentFactory
from tests.factories import ProjectFactory
from trellis.adaptations.models import Adaptation
from trellis.organisations.models import AuditEntry
from trellis.plans.models import PlanRevision

VALID = {"what_changed": "Conferences can be held in the evening", "changes": "delivery",
         "planned": "planned", "decided_by": "FGC service lead",
         "goal": "More family members attend", "reason": "Family members work in the day",
         "decided_on_day": "20", "decided_on_month": "10", "decided_on_year": "2025"}


def url(project):
    return reverse("adaptations:add", args=[project.pk])


def test_form_offers_the_projects_current_components(editor_client, project):
    ComponentFactory(project=project, name="Private family time")
    ComponentFactory(project=project, name="Retired one",
                     retired_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    ComponentFactory(project=ProjectFactory(organisation=project.organisation),
                     name="Someone else's component")
    page = editor_client.get(url(project)).content.decode()
    assert "No, only how the approach is delivered" in page
    assert "Yes: Private family time" in page
    assert "Retired one" not in page
    assert "Someone else" not in page


def test_no_components_yet(editor_client, project):
    page = editor_client.get(url(project)).content.decode()
    assert "No core components have been specified for this project yet" in page


def test_record_a_delivery_only_adaptation(editor_client, editor, project):
    assert editor_client.post(url(project), VALID).status_code == 302
    adaptation = Adaptation.objects.get()
    assert (adaptation.project, adaptation.core_component, adaptation.touches_core,
            adaptation.created_by, adaptation.outcome) == (project, None, False, editor, "")
    assert adaptation.decided_on == datetime.date(2025, 10, 20)
    assert AuditEntry.objects.filter(action="adaptations.recorded").count() == 1
    revision = PlanRevision.objects.get()
    assert revision.summary == "Recorded an adaptation: Conferences can be held in the evening"
    [item] = revision.content["adaptations"]
    assert "flag" not in item


def test_record_an_adaptation_to_a_core_component(editor_client, project):
    component = ComponentFactory(project=project, name="Private family time")
    editor_client.post(url(project), {**VALID, "changes": str(component.pk),
                                      "planned": "reactive"})
    adaptation = Adaptation.objects.get()
    assert (adaptation.core_component, adaptation.touches_core, adaptation.planned) == (
        component, True, "reactive")
    [item] = PlanRevision.objects.get().content["adaptations"]
    assert item["flag"] == "Changes core component: Private family time"


def errors_for(client, project, **changes):
    response = client.post(url(project), {**VALID, **changes})
    assert response.status_code == 200
    assert not Adaptation.objects.exists()
    assert not PlanRevision.objects.exists()
    return response.content.decode()


def test_empty_submission(editor_client, project):
    page = editor_client.post(url(project), {}).content.decode()
    for message in ("Enter what changed", "Select whether it changes a core component",
                    "Select whether it was planned or reactive", "Enter who decided",
                    "Enter the goal of the adaptation",
                    "Enter the contextual reason for the adaptation", "Enter a date"):
        assert message in page
    assert not Adaptation.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"what_changed": "x" * 1001}, "What changed must be 1,000 characters or fewer"),
    ({"decided_by": "x" * 201}, "Who decided must be 200 characters or fewer"),
    ({"goal": "x" * 1001}, "The goal must be 1,000 characters or fewer"),
    ({"reason": "x" * 1001}, "The contextual reason must be 1,000 characters or fewer"),
    ({"outcome": "x" * 2001}, "What happened must be 2,000 characters or fewer"),
    ({"planned": "spontaneous"}, "Select planned or reactive"),
    ({"changes": "everything"}, "Select one of this project&#x27;s core components"),
    ({"decided_on_day": "32"}, "Enter a real date"),
])
def test_bad_values_get_clear_messages(editor_client, project, changes, message):
    assert message in errors_for(editor_client, project, **changes)


@time_machine.travel("2026-03-01 10:00Z", tick=False)
def test_a_decision_cannot_be_in_the_future(editor_client, project):
    page = errors_for(editor_client, project, decided_on_day="2", decided_on_month="3",
                      decided_on_year="2026")
    assert "The date it was decided must be today or in the past" in page


def test_another_projects_component_is_refused(editor_client, project, org_a, org_b):
    for elsewhere in (ComponentFactory(project=ProjectFactory(organisation=org_a)),
                      ComponentFactory(project=ProjectFactory(organisation=org_b))):
        page = errors_for(editor_client, project, changes=str(elsewhere.pk))
        assert "Select one of this project&#x27;s core components" in page


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    assert viewer_client.get(url(project)).status_code == 403
    assert viewer_client.post(url(project), VALID).status_code == 403
    assert outsider_client.post(url(project), VALID).status_code == 404
    assert editor_client.put(url(project)).status_code == 405
    assert not Adaptation.objects.exists()
