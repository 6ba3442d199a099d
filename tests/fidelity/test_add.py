import datetime

import pytest
import time_machine
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.fidelity.factories import ComponentFactory
from trellis.fidelity.models import FidelityCheck
from trellis.monitoring.models import DataPoint, Measure


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel("2026-03-14 10:00Z", tick=False):
        yield


def url(project):
    return reverse("fidelity:add", args=[project.pk])


@pytest.fixture
def components(project):
    return [ComponentFactory(project=project, name="Offered at the right time", position=1,
                             done_well="Offered early, in plain words"),
            ComponentFactory(project=project, name="Private family time", position=2)]


def valid(components, **changes):
    data = {"delivered_on_day": "12", "delivered_on_month": "3", "delivered_on_year": "2026",
            "setting": "North locality FGC team", "recorded_by": "supervisor",
            f"rating_{components[0].pk}": "as-intended",
            f"rating_{components[1].pk}": "partly",
            f"note_{components[1].pk}": "Cut to 45 minutes"}
    return {**data, **changes}


def test_the_form_has_a_group_of_radios_per_current_component(editor_client, project,
                                                              components):
    ComponentFactory(project=project, name="Retired one",
                     retired_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    ComponentFactory(project=ProjectFactory(organisation=project.organisation),
                     name="Someone else's component")
    response = editor_client.get(url(project))
    page = response.content.decode()
    assert "1. Offered at the right time" in page
    assert "Done well: Offered early, in plain words" in page
    assert "2. Private family time" in page
    assert "Note on component 2 (optional)" in page
    assert "Retired one" not in page and "Someone else" not in page
    assert page.count("govuk-radios--small") == 3  # who is recording, and each component
    assert "Do not write names or anything that could identify a child or family" in page
    assert "fidelity/fidelity.css" in page


def test_record_a_check(editor_client, editor, project, components):
    response = editor_client.post(url(project), valid(components))
    assert response.status_code == 302
    assert response["Location"] == reverse("fidelity:checks", args=[project.pk])
    check = FidelityCheck.objects.get()
    assert (check.project, check.delivered_on, check.setting, check.recorded_by,
            check.created_by) == (project, datetime.date(2026, 3, 12),
                                  "North locality FGC team", "supervisor", editor)
    assert {(r.core_component.name, r.rating, r.note) for r in check.ratings.all()} == {
        ("Offered at the right time", "as-intended", ""),
        ("Private family time", "partly", "Cut to 45 minutes")}
    assert {(p.measure.name, p.numerator, p.denominator) for p in DataPoint.objects.all()} == {
        ("Fidelity: Offered at the right time", 1, 1), ("Fidelity: Private family time", 0, 1)}
    page = editor_client.get(response["Location"]).content.decode()
    assert "Fidelity check recorded" in page


def errors_for(client, project, data):
    response = client.post(url(project), data)
    assert response.status_code == 200
    assert not FidelityCheck.objects.exists()
    assert not Measure.objects.exists()
    assert not DataPoint.objects.exists()
    page = response.content.decode()
    assert "There is a problem" in page
    return page


def test_empty_submission(editor_client, project, components):
    page = errors_for(editor_client, project, {})
    for message in ("Enter a date", "Enter the team or setting",
                    "Select who is recording this check",
                    "Select how component 1 was delivered",
                    "Select how component 2 was delivered"):
        assert message in page


def test_a_missing_rating(editor_client, project, components):
    data = valid(components)
    del data[f"rating_{components[1].pk}"]
    page = errors_for(editor_client, project, data)
    assert "Select how component 2 was delivered" in page
    assert "Select how component 1 was delivered" not in page
    assert "Cut to 45 minutes" in page  # what was typed is kept


def test_a_date_in_the_future(editor_client, project, components):
    page = errors_for(editor_client, project, valid(components, delivered_on_day="15"))
    assert "The date of the episode must be today or in the past" in page


def test_today_is_allowed(editor_client, project, components):
    assert editor_client.post(url(project), valid(
        components, delivered_on_day="14")).status_code == 302


@pytest.mark.parametrize(("changes", "message"), [
    ({"delivered_on_day": "30", "delivered_on_month": "2"}, "Enter a real date"),
    ({"setting": "x" * 201}, "The team or setting must be 200 characters or fewer"),
    ({"recorded_by": "parent"}, "Select the practitioner, a peer or a supervisor"),
    ({"rating_COMPONENT": "brilliant"}, "Select how component 1 was delivered: as intended"),
    ({"note_COMPONENT": "x" * 501}, "The note on component 1 must be 500 characters or fewer"),
])
def test_bad_values_get_clear_messages(editor_client, project, components, changes, message):
    changes = {k.replace("COMPONENT", str(components[0].pk)): v for k, v in changes.items()}
    assert message in errors_for(editor_client, project, valid(components, **changes))


def test_a_component_of_another_project_is_refused(editor_client, project, components, org_b):
    for elsewhere in (ComponentFactory(project=ProjectFactory(organisation=project.organisation)),
                      ComponentFactory(project=ProjectFactory(organisation=org_b))):
        page = errors_for(editor_client, project,
                          valid(components, **{f"rating_{elsewhere.pk}": "as-intended"}))
        assert "The form included a core component that is not in this project&#x27;s plan" in page


def test_a_component_retired_while_the_form_was_open(editor_client, project, components):
    data = valid(components)
    components[1].retired_at = datetime.datetime(2026, 3, 14, tzinfo=datetime.UTC)
    components[1].save(update_fields=["retired_at"])
    page = errors_for(editor_client, project, data)
    assert "not in this project&#x27;s plan" in page


def test_no_components_yet(editor_client, project):
    page = errors_for(editor_client, project, valid(
        [ComponentFactory.build(pk=1), ComponentFactory.build(pk=2)]))
    assert "This project&#x27;s plan has no core components yet" in page


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project, components):
    assert viewer_client.get(url(project)).status_code == 403
    assert viewer_client.post(url(project), valid(components)).status_code == 403
    assert outsider_client.post(url(project), valid(components)).status_code == 404
    assert editor_client.put(url(project)).status_code == 405
    assert not FidelityCheck.objects.exists()


def test_the_page_says_when_there_are_no_components(editor_client, project):
    page = editor_client.get(url(project)).content.decode()
    assert "This project’s plan has no core components yet" in page
