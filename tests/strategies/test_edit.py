from datetime import date

from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import MembershipFactory, ProjectFactory
from tests.strategies.factories import ComponentFactory, StrategyFactory
from trellis.organisations.models import AuditEntry
from trellis.plans.models import PlanRevision
from trellis.strategies.models import Strategy


def url(strategy, project=None):
    return reverse("strategies:edit", args=[(project or strategy.project).pk, strategy.pk])


def form_data(strategy, **changes):
    data = {"name": strategy.name, "description": strategy.description,
            "category": strategy.category, "level": strategy.level,
            "owner": strategy.owner_id or "", "phase": strategy.phase,
            "barriers": [b.pk for b in strategy.barriers.all()],
            "core_components": [c.pk for c in strategy.core_components.all()],
            "version": strategy.version}
    return {**data, **changes}


def test_edit_fields_and_links(editor_client, editor, project):
    strategy = StrategyFactory(project=project)
    barrier = BarrierEnablerFactory(project=project)
    response = editor_client.post(url(strategy), form_data(
        strategy, level="service", barriers=[barrier.pk], owner=editor.pk,
        start_date_day="1", start_date_month="9", start_date_year="2026"))
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert (strategy.level, strategy.version, strategy.owner, strategy.updated_by) == (
        "service", 2, editor, editor)
    assert strategy.start_date == date(2026, 9, 1)
    assert list(strategy.barriers.all()) == [barrier]
    assert AuditEntry.objects.filter(action="strategies.updated").count() == 1
    revision = PlanRevision.objects.get()
    assert revision.summary == f"Edited strategy '{strategy.name}'"
    assert revision.content["strategies"][0]["fields"]["Barriers it addresses"] == [
        barrier.description]
    editor_client.post(url(strategy), form_data(strategy, barriers=[]))
    assert not strategy.barriers.exists()
    assert PlanRevision.objects.count() == 2


def test_existing_links_survive_a_retired_component_or_a_barrier_turned_enabler(
        editor_client, project):
    component = ComponentFactory(project=project)
    barrier = BarrierEnablerFactory(project=project)
    strategy = StrategyFactory(project=project, barriers=[barrier],
                               core_components=[component])
    component.retired_at = "2026-01-01T00:00Z"
    component.save(update_fields=["retired_at"])
    barrier.kind, barrier.strength = "enabler", 1
    barrier.save(update_fields=["kind", "strength"])
    form = editor_client.get(url(strategy)).context["form"]
    assert form["core_components"].value() == [component.pk]
    assert form["barriers"].value() == [barrier.pk]
    assert editor_client.post(url(strategy), form_data(strategy)).status_code == 302
    assert list(strategy.core_components.all()) == [component]
    assert list(strategy.barriers.all()) == [barrier]


def test_a_former_member_stays_owner_until_changed(editor_client, project):
    leaver = MembershipFactory(organisation=project.organisation).user
    strategy = StrategyFactory(project=project, owner=leaver)
    leaver.memberships.all().delete()
    assert editor_client.post(url(strategy), form_data(strategy, name="Renamed")
                              ).status_code == 302
    strategy.refresh_from_db()
    assert (strategy.name, strategy.owner) == ("Renamed", leaver)


def test_stale_save_shows_the_other_change_and_keeps_yours(editor_client, admin_client,
                                                           project, editor):
    strategy = StrategyFactory(project=project, name="Champions", level="team")
    # Both open the form at version 1.
    assert editor_client.get(url(strategy)).status_code == 200
    assert admin_client.get(url(strategy)).status_code == 200
    opened = form_data(strategy)
    saved = editor_client.post(url(strategy), {**opened, "level": "service",
                                               "description": "Eddie's wording"})
    assert saved.status_code == 302
    response = admin_client.post(url(strategy), {**opened, "name": "Ada's champions"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this strategy while you were editing it" in page
    assert "What was saved while you were editing" in page
    assert "Eddie saved this strategy after you opened it" in page
    rows = {row.label: row for row in response.context["conflict"]}
    assert (rows["Who it is aimed at"].saved, rows["Who it is aimed at"].yours) == (
        "Service", "Team")
    assert rows["What will happen"].saved == "Eddie's wording"
    assert rows["Name"].differs and rows["Name"].yours == "Ada's champions"
    assert not rows["Category"].differs
    form = response.context["form"]
    assert form["name"].value() == "Ada's champions"  # her input is kept
    assert str(form["version"].value()) == "2"
    strategy.refresh_from_db()
    assert (strategy.name, strategy.level, strategy.version) == ("Champions", "service", 2)
    assert PlanRevision.objects.count() == 1
    # Saving again, from the re-based form, goes through.
    again = admin_client.post(url(strategy), {**form_data(strategy), "name": "Ada's champions"})
    assert again.status_code == 302
    assert Strategy.objects.get().name == "Ada's champions"


def test_bad_input_writes_nothing(editor_client, project):
    strategy = StrategyFactory(project=project, name="Champions")
    response = editor_client.post(url(strategy), form_data(strategy, name="", level="nobody"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Enter a name for the strategy" in page
    assert "Select who the strategy is aimed at from the list" in page
    strategy.refresh_from_db()
    assert (strategy.name, strategy.version) == ("Champions", 1)
    assert not PlanRevision.objects.exists()


def test_another_projects_strategy_is_not_found(editor_client, project, org_a):
    elsewhere = StrategyFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.get(url(elsewhere, project)).status_code == 404
    assert editor_client.post(url(elsewhere, project), form_data(elsewhere)).status_code == 404


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    strategy = StrategyFactory(project=project, level="team")
    assert viewer_client.post(url(strategy), form_data(strategy, level="service")
                              ).status_code == 403
    assert outsider_client.get(url(strategy)).status_code == 404
    assert editor_client.delete(url(strategy)).status_code == 405
    assert Strategy.objects.get().level == "team"
