import pytest
from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import MembershipFactory, OrganisationFactory, ProjectFactory
from tests.strategies.factories import ComponentFactory
from trellis.organisations.models import AuditEntry
from trellis.plans.models import PlanRevision
from trellis.strategies.models import Strategy

VALID = {"name": "Practice champions in each team", "category": "implementation-team-and-champions",
         "level": "team", "phase": "prepare", "description": "One champion per team"}


def url(project, query=""):
    return reverse("strategies:add", args=[project.pk]) + query


def test_form_defaults_and_empty_choices(editor_client, project):
    response = editor_client.get(url(project))
    assert response.status_code == 200
    form = response.context["form"]
    assert form["phase"].value() == "prepare"  # the project is in Explore
    page = response.content.decode()
    assert "No barriers have been recorded for this project yet" in page
    assert "No core components have been written into the plan yet" in page
    project.phase = "deliver"
    project.save(update_fields=["phase"])
    assert editor_client.get(url(project)).context["form"]["phase"].value() == "deliver"


def test_add_a_strategy_with_links(editor_client, editor, project):
    barrier = BarrierEnablerFactory(project=project)
    component = ComponentFactory(project=project)
    data = {**VALID, "owner": editor.pk, "barriers": [barrier.pk],
            "core_components": [component.pk], "start_date_day": "1", "start_date_month": "4",
            "start_date_year": "2026", "end_date_day": "30", "end_date_month": "6",
            "end_date_year": "2026"}
    response = editor_client.post(url(project), data)
    assert response.status_code == 302
    strategy = Strategy.objects.get()
    assert (strategy.project, strategy.owner, strategy.created_by, strategy.level) == (
        project, editor, editor, "team")
    assert str(strategy.start_date) == "2026-04-01" and str(strategy.end_date) == "2026-06-30"
    assert list(strategy.barriers.all()) == [barrier]
    assert list(strategy.core_components.all()) == [component]
    assert AuditEntry.objects.filter(action="strategies.added").count() == 1
    revision = PlanRevision.objects.get(project=project)
    assert revision.summary == "Added strategy 'Practice champions in each team'"
    assert revision.content["strategies"][0]["title"] == "Practice champions in each team"
    assert revision.created_by == editor


def errors_for(client, project, **changes):
    response = client.post(url(project), {**VALID, **changes})
    assert response.status_code == 200
    assert not Strategy.objects.exists()
    assert not PlanRevision.objects.exists()
    return response.content.decode()


def test_empty_submission(editor_client, project):
    page = editor_client.post(url(project), {}).content.decode()
    for message in ("Enter a name for the strategy", "Select a category",
                    "Select who the strategy is aimed at",
                    "Select the phase when the strategy is used"):
        assert message in page
    assert page.startswith("<!DOCTYPE html>") and "<title>Error: " in page
    assert not Strategy.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"category": "bribery"}, "Select a category from the list"),
    ({"level": "everyone"}, "Select who the strategy is aimed at from the list"),
    ({"phase": "someday"}, "Select a phase from the list"),
    ({"name": "x" * 201}, "Name must be 200 characters or fewer"),
    ({"description": "x" * 3001}, "What will happen must be 3000 characters or fewer"),
    ({"start_date_day": "31", "start_date_month": "2", "start_date_year": "2026"},
     "Start date must be a real date"),
    ({"end_date_day": "1", "end_date_month": "", "end_date_year": "2026"},
     "End date must include a month"),
    ({"start_date_day": "1", "start_date_month": "7", "start_date_year": "2026",
      "end_date_day": "30", "end_date_month": "6", "end_date_year": "2026"},
     "End date must be the same as or after the start date"),
    ({"barriers": ["abc"]}, "Choose barriers recorded for this project from the list"),
    ({"owner": "999999"}, "Choose an owner from the people in your organisation"),
])
def test_bad_values_get_clear_messages(editor_client, project, changes, message):
    assert message in errors_for(editor_client, project, **changes)


def test_same_start_and_end_is_fine(editor_client, project):
    day = {"_day": "1", "_month": "4", "_year": "2026"}
    data = {**VALID, **{f"start_date{k}": v for k, v in day.items()},
            **{f"end_date{k}": v for k, v in day.items()}}
    assert editor_client.post(url(project), data).status_code == 302


def test_another_projects_barriers_and_components_are_refused(editor_client, project, org_a,
                                                              org_b):
    sibling = ProjectFactory(organisation=org_a)
    barrier = BarrierEnablerFactory(project=sibling)
    page = errors_for(editor_client, project, barriers=[barrier.pk])
    assert (f"Choose barriers recorded for this project. Item {barrier.pk} is not one of "
            "them") in page
    far = BarrierEnablerFactory(project=ProjectFactory(organisation=org_b))
    assert "Choose barriers recorded for this project" in errors_for(
        editor_client, project, barriers=[far.pk])
    component = ComponentFactory(project=sibling)
    page = errors_for(editor_client, project, core_components=[component.pk])
    assert (f"Choose core components of this project&#x27;s plan that are in use. Item "
            f"{component.pk} is not one of them") in page


def test_enablers_and_retired_components_cannot_be_chosen(editor_client, project):
    enabler = BarrierEnablerFactory(project=project, kind="enabler", strength=1)
    assert "Choose barriers recorded for this project" in errors_for(
        editor_client, project, barriers=[enabler.pk])
    retired = ComponentFactory(project=project, retired_at="2026-01-01T00:00Z")
    assert "Choose core components" in errors_for(editor_client, project,
                                                  core_components=[retired.pk])


def test_owner_must_belong_to_the_organisation(editor_client, project, outsider, admin):
    assert "Choose an owner" in errors_for(editor_client, project, owner=outsider.pk)
    other_member = MembershipFactory(organisation=OrganisationFactory()).user
    assert "Choose an owner" in errors_for(editor_client, project, owner=other_member.pk)
    form = editor_client.get(url(project)).context["form"]
    assert admin in form.fields["owner"].queryset
    assert outsider not in form.fields["owner"].queryset


def test_picked_from_the_library_for_a_barrier(editor_client, project):
    barrier = BarrierEnablerFactory(project=project, description="High turnover")
    response = editor_client.get(url(project, f"?library=small-pilot&barrier={barrier.pk}"))
    form = response.context["form"]
    assert form["name"].value() == "Start with a small pilot"
    assert form["category"].value() == "piloting"
    assert form["level"].value() == "team"
    assert form["description"].value().startswith("Try the approach first")
    assert form["barriers"].value() == [barrier.pk]
    assert form["library_slug"].value() == "small-pilot"
    page = response.content.decode()
    assert "Started from the library’s <strong>Start with a small pilot</strong>" in page
    assert "for the barrier ‘High turnover’" in page
    assert "Why it helps:" in page
    data = {**VALID, "library_slug": "small-pilot", "barriers": [barrier.pk]}
    assert editor_client.post(url(project), data).status_code == 302
    assert Strategy.objects.get().library_slug == "small-pilot"


@pytest.mark.parametrize("query", [
    "?library=no-such-thing&barrier=abc",
    "?library=%3Cscript%3Ealert(1)%3C/script%3E&barrier=-1",
    "?library=&barrier=99999999999999999999",
    "?barrier=1e3",
])
def test_bad_picks_are_ignored(editor_client, project, query):
    response = editor_client.get(url(project, query))
    assert response.status_code == 200
    assert response.context["picked"] is None
    assert response.context["picked_for"] is None
    assert not response.context["form"]["name"].value()
    assert "<script>alert" not in response.content.decode()


def test_another_projects_barrier_is_not_picked(editor_client, project, org_a):
    elsewhere = BarrierEnablerFactory(project=ProjectFactory(organisation=org_a))
    enabler = BarrierEnablerFactory(project=project, kind="enabler", strength=1)
    for pk in (elsewhere.pk, enabler.pk):
        response = editor_client.get(url(project, f"?library=small-pilot&barrier={pk}"))
        assert response.context["picked_for"] is None
        assert not response.context["form"]["barriers"].value()


def test_unknown_library_slug_posted_is_dropped(editor_client, project):
    assert editor_client.post(url(project), {**VALID, "library_slug": "made-up"}
                              ).status_code == 302
    assert Strategy.objects.get().library_slug == ""


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    assert viewer_client.get(url(project)).status_code == 403
    assert viewer_client.post(url(project), VALID).status_code == 403
    assert outsider_client.post(url(project), VALID).status_code == 404
    assert editor_client.put(url(project)).status_code == 405
    assert not Strategy.objects.exists()
