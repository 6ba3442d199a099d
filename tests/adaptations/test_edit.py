import datetime

from django.test import Client
from django.urls import reverse

from tests.adaptations.factories import AdaptationFactory, ComponentFactory
from tests.factories import ProjectFactory
from trellis.adaptations.models import Adaptation
from trellis.plans.models import PlanRevision


def url(adaptation, project=None):
    return reverse("adaptations:edit", args=[(project or adaptation.project).pk, adaptation.pk])


def form_data(a, **changes):
    data = {"what_changed": a.what_changed,
            "changes": str(a.core_component_id) if a.core_component_id else "delivery",
            "planned": a.planned, "decided_by": a.decided_by, "goal": a.goal,
            "reason": a.reason, "outcome": a.outcome, "version": a.version,
            "decided_on_day": str(a.decided_on.day), "decided_on_month": str(a.decided_on.month),
            "decided_on_year": str(a.decided_on.year)}
    return {**data, **changes}


def test_form_shows_what_it_changes(editor_client, project):
    component = ComponentFactory(project=project)
    adaptation = AdaptationFactory(project=project, core_component=component)
    form = editor_client.get(url(adaptation)).context["form"]
    assert form["changes"].value() == str(component.pk)
    assert form["version"].value() == 1
    plain = AdaptationFactory(project=project)
    assert editor_client.get(url(plain)).context["form"]["changes"].value() == "delivery"


def test_record_what_happened_and_unlink_the_component(editor_client, project):
    adaptation = AdaptationFactory(project=project,
                                   core_component=ComponentFactory(project=project))
    response = editor_client.post(url(adaptation), form_data(
        adaptation, changes="delivery", outcome="Attendance rose"))
    assert response.status_code == 302
    adaptation.refresh_from_db()
    assert (adaptation.core_component, adaptation.outcome, adaptation.version) == (
        None, "Attendance rose", 2)
    assert PlanRevision.objects.get().summary.startswith("Edited an adaptation: Conferences")


def test_a_retired_component_stays_choosable_where_linked(editor_client, project):
    retired = ComponentFactory(project=project, name="Old component",
                               retired_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    adaptation = AdaptationFactory(project=project, core_component=retired)
    assert "Yes: Old component" in editor_client.get(url(adaptation)).content.decode()
    assert editor_client.post(url(adaptation), form_data(adaptation)).status_code == 302
    assert "Old component" not in editor_client.get(
        url(AdaptationFactory(project=project))).content.decode()


def test_two_people_saving_the_same_adaptation(editor, admin, project):
    component = ComponentFactory(project=project, name="Private family time")
    adaptation = AdaptationFactory(project=project, what_changed="Evening conferences")
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    first.get(url(adaptation))
    second.get(url(adaptation))
    seconds_answers = form_data(adaptation, outcome="More grandparents came")
    assert first.post(url(adaptation), form_data(
        adaptation, changes=str(component.pk), planned="reactive")).status_code == 302

    response = second.post(url(adaptation), seconds_answers)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this adaptation while you were editing it" in page
    changes = {c.label: (c.saved, c.yours) for c in response.context["changes"]}
    assert changes == {
        "Does it change a core component?": ("Private family time",
                                             "No, only how the approach is delivered"),
        "Was it planned or reactive?": ("Reactive", "Planned"),
        "What happened?": ("Not given", "More grandparents came"),
    }
    assert "More grandparents came" in page  # still in the form
    assert str(response.context["form"]["version"].value()) == "2"
    adaptation.refresh_from_db()
    assert (adaptation.core_component, adaptation.outcome, adaptation.version) == (
        component, "", 2)
    assert PlanRevision.objects.count() == 1


def test_another_projects_component_is_refused(editor_client, project, org_a):
    adaptation = AdaptationFactory(project=project)
    elsewhere = ComponentFactory(project=ProjectFactory(organisation=org_a))
    response = editor_client.post(url(adaptation), form_data(adaptation,
                                                             changes=str(elsewhere.pk)))
    assert "Select one of this project&#x27;s core components" in response.content.decode()
    assert Adaptation.objects.get().core_component is None


def test_another_projects_adaptation_is_not_found(editor_client, project, org_a):
    elsewhere = AdaptationFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.get(url(elsewhere, project)).status_code == 404
    assert editor_client.post(url(elsewhere, project), form_data(elsewhere)).status_code == 404


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    adaptation = AdaptationFactory(project=project)
    assert viewer_client.get(url(adaptation)).status_code == 403
    assert viewer_client.post(url(adaptation), form_data(adaptation)).status_code == 403
    assert outsider_client.get(url(adaptation)).status_code == 404
    assert editor_client.delete(url(adaptation)).status_code == 405
    assert Adaptation.objects.get().version == 1
