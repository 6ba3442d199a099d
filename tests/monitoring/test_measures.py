import datetime

from django.test import Client
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.monitoring.factories import DataPointFactory, MeasureFactory
from tests.plans.factories import FinalOutcomeFactory, ImplementationOutcomeFactory
from trellis.monitoring.models import DataPoint, Measure
from trellis.organisations.models import AuditEntry


def add_url(project):
    return reverse("monitoring:add", args=[project.pk])


def edit_url(measure):
    return reverse("monitoring:edit", args=[measure.project_id, measure.pk])


def form_data(**changes):
    data = {"name": "Referrals converted to a conference", "definition": "", "kind": "proportion",
            "unit": "%", "direction": "up", "target": "80", "frequency": "monthly",
            "data_source": "organisational-data", "owner": "FGC service lead",
            "outcome": "", "chart_type": "xmr"}
    return {**data, **changes}


def saved_form(measure, **changes):
    data = {"name": measure.name, "definition": measure.definition, "kind": measure.kind,
            "unit": measure.unit, "direction": measure.direction,
            "target": "" if measure.target is None else str(measure.target),
            "frequency": measure.frequency, "data_source": measure.data_source,
            "owner": measure.owner, "outcome": "", "chart_type": measure.chart_type,
            "version": str(measure.version)}
    return {**data, **changes}


def test_the_outcome_is_one_list_of_the_plans_outcomes(editor_client, project):
    ImplementationOutcomeFactory(project=project, outcome_type="acceptability",
                                 statement="Staff feel the approach supports families")
    FinalOutcomeFactory(project=project, audience="families",
                        statement="Families feel power is shared")
    ImplementationOutcomeFactory(project=ProjectFactory(organisation=project.organisation),
                                 statement="Someone else's outcome")
    page = editor_client.get(add_url(project)).content.decode()
    assert "Acceptability: Staff feel the approach supports families" in page
    assert "Families: Families feel power is shared" in page
    assert "Someone else&#x27;s outcome" not in page
    assert '<optgroup label="Implementation outcomes">' in page


def test_add_a_measure_linked_to_an_implementation_outcome(editor_client, project):
    outcome = ImplementationOutcomeFactory(project=project, outcome_type="reach")
    response = editor_client.post(add_url(project), form_data(
        outcome=f"implementation-{outcome.pk}", baseline_until_day="31",
        baseline_until_month="12", baseline_until_year="2025"))
    measure = Measure.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("monitoring:measure", args=[project.pk, measure.pk])
    assert (measure.implementation_outcome, measure.final_outcome, measure.target,
            measure.baseline_until, measure.kind) == (
        outcome, None, 80.0, datetime.date(2025, 12, 31), "proportion")
    assert AuditEntry.objects.filter(action="monitoring.measure_added").exists()


def test_bad_measures_are_refused_with_clear_messages(editor_client, project):
    MeasureFactory(project=project, name="Referrals")
    response = editor_client.post(add_url(project), form_data(
        name="referrals", target="120", kind="proportion", chart_type="xmr"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "This project already has a measure called ‘referrals’" in page
    assert "A proportion&#x27;s target is a percentage between 0 and 100" in page
    assert "govuk-error-summary" in page
    response = editor_client.post(add_url(project), form_data(
        name="Days to conference", kind="average", chart_type="p", target="ten"))
    page = response.content.decode()
    assert "A p-chart is only for proportions" in page
    assert "Enter the target as a number" in page
    response = editor_client.post(add_url(project), {})
    page = response.content.decode()
    assert "Enter the name of the measure" in page and "Select which way is better" in page
    assert Measure.objects.count() == 1


def test_another_projects_outcome_is_refused(editor_client, project, org_a):
    elsewhere = FinalOutcomeFactory(project=ProjectFactory(organisation=org_a))
    response = editor_client.post(add_url(project), form_data(outcome=f"final-{elsewhere.pk}"))
    assert "Select one of this project&#x27;s outcomes" in response.content.decode()
    assert not Measure.objects.exists()


def test_edit_links_a_final_outcome_and_moves_the_version(editor_client, project):
    measure = MeasureFactory(project=project)
    outcome = FinalOutcomeFactory(project=project)
    response = editor_client.post(edit_url(measure), saved_form(
        measure, outcome=f"final-{outcome.pk}", target="25"))
    assert response.status_code == 302
    measure.refresh_from_db()
    assert (measure.final_outcome, measure.target, measure.version) == (outcome, 25.0, 2)


def test_the_kind_cannot_change_once_there_are_figures(editor_client, project):
    measure = MeasureFactory(project=project, kind="count")
    DataPointFactory(measure=measure)
    response = editor_client.post(edit_url(measure), saved_form(measure, kind="average",
                                                                frequency="weekly"))
    page = response.content.decode()
    assert "The kind of figure cannot change once figures are recorded" in page
    assert "The frequency cannot change once figures are recorded" in page
    measure.refresh_from_db()
    assert (measure.kind, measure.frequency, measure.version) == ("count", "monthly", 1)


def test_two_people_editing_the_same_measure(editor, admin, project):
    measure = MeasureFactory(project=project, name="Referrals", owner="")
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    assert first.post(edit_url(measure), saved_form(measure, target="30")).status_code == 302
    response = second.post(edit_url(measure), saved_form(measure, owner="Team manager"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else changed this measure while you were editing it" in page
    changes = {c.label: (c.saved, c.yours) for c in response.context["changes"]}
    assert changes == {"Target": ("30.0", "Not given"),
                       "Who owns the measure?": ("Not given", "Team manager")}
    assert "Team manager" in page  # still in the form
    assert str(response.context["form"]["version"].value()) == "2"
    measure.refresh_from_db()
    assert (measure.target, measure.owner, measure.version) == (30.0, "", 2)


def test_a_measure_kept_by_trellis_keeps_its_kind(editor_client, project):
    measure = MeasureFactory(project=project, source="fidelity", kind="proportion")
    response = editor_client.post(edit_url(measure), saved_form(measure, kind="count",
                                                                target="90"))
    assert response.status_code == 302
    measure.refresh_from_db()
    assert (measure.kind, measure.target) == ("proportion", 90.0)


def test_a_survey_measure_keeps_the_name_and_outcome_its_rounds_find_it_by(editor_client,
                                                                          project):
    acceptability = ImplementationOutcomeFactory(project=project, outcome_type="acceptability")
    other = ImplementationOutcomeFactory(project=project, outcome_type="feasibility")
    measure = MeasureFactory(project=project, source="survey", kind="average",
                             name="AIM score (acceptability)",
                             implementation_outcome=acceptability)
    page = editor_client.get(edit_url(measure)).content.decode()
    assert 'name="name"' in page and "disabled" in page
    response = editor_client.post(edit_url(measure), saved_form(
        measure, name="Acceptability", outcome=f"implementation-{other.pk}", target="4"))
    assert response.status_code == 302
    measure.refresh_from_db()
    assert (measure.name, measure.implementation_outcome, measure.target) == (
        "AIM score (acceptability)", acceptability, 4.0)


def test_remove_a_measure_and_its_figures(editor_client, viewer_client, project):
    measure = MeasureFactory(project=project, name="Referrals")
    DataPointFactory(measure=measure)
    url = reverse("monitoring:remove", args=[project.pk, measure.pk])
    assert "Its 1 figure, its recalculation points" in editor_client.get(url).content.decode()
    assert viewer_client.post(url).status_code == 403
    response = editor_client.post(url)
    assert response["Location"] == reverse("monitoring:index", args=[project.pk])
    assert not Measure.objects.exists() and not DataPoint.objects.exists()
    assert AuditEntry.objects.filter(action="monitoring.measure_removed").exists()


def test_viewers_and_outsiders(viewer_client, outsider_client, editor_client, project):
    measure = MeasureFactory(project=project)
    assert viewer_client.get(add_url(project)).status_code == 403
    assert viewer_client.post(edit_url(measure), saved_form(measure)).status_code == 403
    assert outsider_client.get(edit_url(measure)).status_code == 404
    assert editor_client.delete(edit_url(measure)).status_code == 405
    assert Measure.objects.get().version == 1
