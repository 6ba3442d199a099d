"""Core components (what?): add, change, retire and restore, move up and down."""

from django.urls import reverse

from tests.factories import ProjectFactory
from tests.plans.factories import CoreComponentFactory
from trellis.plans.models import CoreComponent


def names(project) -> list[str]:
    return list(project.core_components.current().order_by("position")
                .values_list("name", flat=True))


def data(component=None, **changes) -> dict:
    values = {"name": "Private family time", "done_well": "Always offered",
              "must_stay_fixed": "Professionals leave the room", "can_adapt": "Venue",
              "version": component.version if component else ""}
    return {**values, **changes}


def test_list_shows_current_and_retired(viewer_client, project):
    CoreComponentFactory(project=project, name="Voluntary", done_well="")
    CoreComponentFactory(project=project, name="Old idea", retired_at="2026-01-01T10:00Z")
    page = viewer_client.get(reverse("plans:components", args=[project.pk])).content.decode()
    assert "1. Voluntary" in page and "No fidelity indicator yet" in page
    assert "Retired components" in page and "Old idea" in page
    assert "Move up" not in page and "Restore" not in page  # a viewer changes nothing


def test_add_goes_to_the_end_and_records_a_revision(editor_client, project):
    CoreComponentFactory(project=project, name="Independent co-ordinator", position=1)
    response = editor_client.post(reverse("plans:add_component", args=[project.pk]), data())
    assert response.status_code == 302
    assert names(project) == ["Independent co-ordinator", "Private family time"]
    added = project.core_components.get(name="Private family time")
    assert (added.position, added.done_well, added.can_adapt) == (2, "Always offered", "Venue")
    revision = project.plan_revisions.get()
    assert revision.summary == "Core component \u2018Private family time\u2019 added"
    assert [c["title"] for c in revision.content["components"]] == names(project)


def test_add_refuses_bad_input_and_writes_nothing(editor_client, project):
    url = reverse("plans:add_component", args=[project.pk])
    page = editor_client.post(url, data(name="")).content.decode()
    assert "Enter the name of the core component" in page
    page = editor_client.post(url, data(name="x" * 301, done_well="y" * 3001)).content.decode()
    assert "Name must be 300 characters or fewer" in page
    assert "What it looks like when done well must be 3,000 characters or fewer" in page
    assert not CoreComponent.objects.exists() and not project.plan_revisions.exists()


def test_change_a_component(editor_client, project):
    component = CoreComponentFactory(project=project, name="Voluntary")
    url = reverse("plans:edit_component", args=[project.pk, component.pk])
    assert "Voluntary" in editor_client.get(url).content.decode()
    response = editor_client.post(url, data(component, name="Voluntary participation"))
    assert response.status_code == 302
    component.refresh_from_db()
    assert (component.name, component.version) == ("Voluntary participation", 2)
    assert project.plan_revisions.get().summary.startswith("Core component \u2018Voluntary")


def test_two_people_changing_a_component_at_once(editor_client, admin_client, project):
    component = CoreComponentFactory(project=project, name="Voluntary")
    url = reverse("plans:edit_component", args=[project.pk, component.pk])
    assert editor_client.post(url, data(component, name="Eddie's name")).status_code == 302
    response = admin_client.post(url, data(component, name="Voluntary", can_adapt="Ada's"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else changed this while you were editing it" in page
    assert "Eddie&#x27;s name" in page  # what the other person saved
    assert "Ada&#x27;s</textarea>" in page  # the editor's own input, kept
    component.refresh_from_db()
    assert (component.name, component.can_adapt) == ("Eddie's name", "Venue")
    assert project.plan_revisions.count() == 1


def test_another_projects_component_is_404(editor_client, project, org_a):
    elsewhere = CoreComponentFactory(project=ProjectFactory(organisation=org_a))
    for name in ("edit_component", "retire_component", "restore_component", "move_component"):
        response = editor_client.post(reverse(f"plans:{name}", args=[project.pk, elsewhere.pk]),
                                      {"direction": "up"})
        assert response.status_code == 404


def test_retire_and_restore(editor_client, project):
    first, second, third = (CoreComponentFactory(project=project, name=n, position=i)
                            for i, n in enumerate("ABC", start=1))
    editor_client.post(reverse("plans:retire_component", args=[project.pk, first.pk]))
    first.refresh_from_db()
    assert first.is_retired and names(project) == ["B", "C"]
    assert list(project.core_components.current().values_list("position", flat=True)) == [1, 2]
    page = editor_client.get(reverse("plans:components", args=[project.pk])).content.decode()
    assert "Retired components" in page
    editor_client.post(reverse("plans:restore_component", args=[project.pk, first.pk]))
    assert names(project) == ["B", "C", "A"]
    assert [r.summary for r in project.plan_revisions.order_by("number")] == [
        "Core component \u2018A\u2019 retired", "Core component \u2018A\u2019 restored"]
    assert [c["title"] for c in project.plan_revisions.get(number=1).content["components"]
            ] == ["B", "C"]


def test_retiring_twice_changes_nothing_more(editor_client, project):
    component = CoreComponentFactory(project=project)
    url = reverse("plans:retire_component", args=[project.pk, component.pk])
    editor_client.post(url)
    editor_client.post(url)
    assert project.plan_revisions.count() == 1


def test_move_up_and_down(editor_client, project):
    a, b, c = (CoreComponentFactory(project=project, name=n, position=i)
               for i, n in enumerate("ABC", start=1))
    move = reverse("plans:move_component", args=[project.pk, c.pk])
    response = editor_client.post(move, {"direction": "up"})
    assert response.status_code == 302 and response["Location"].endswith(f"#component-{c.pk}")
    assert names(project) == ["A", "C", "B"]
    editor_client.post(reverse("plans:move_component", args=[project.pk, a.pk]),
                       {"direction": "down"})
    assert names(project) == ["C", "A", "B"]
    assert project.plan_revisions.count() == 2


def test_moving_past_the_end_or_a_bad_direction_changes_nothing(editor_client, project):
    a = CoreComponentFactory(project=project, name="A", position=1)
    CoreComponentFactory(project=project, name="B", position=2)
    move = reverse("plans:move_component", args=[project.pk, a.pk])
    page = editor_client.post(move, {"direction": "up"}, follow=True).content.decode()
    assert "\u2018A\u2019 is already first" in page
    page = editor_client.post(move, {"direction": "sideways"}, follow=True).content.decode()
    assert "Choose whether to move a current component up or down" in page
    assert names(project) == ["A", "B"] and not project.plan_revisions.exists()


def test_viewer_cannot_change_components(viewer_client, project):
    component = CoreComponentFactory(project=project)
    for name in ("retire_component", "move_component", "edit_component"):
        response = viewer_client.post(reverse(f"plans:{name}", args=[project.pk, component.pk]),
                                      {"direction": "down", **data(component)})
        assert response.status_code == 403
    assert not project.plan_revisions.exists()


def test_wrong_method(editor_client, project):
    component = CoreComponentFactory(project=project)
    url = reverse("plans:retire_component", args=[project.pk, component.pk])
    assert editor_client.get(url).status_code == 405
