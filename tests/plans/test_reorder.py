"""Putting the core components in a new order by typing their positions."""

import pytest
from django.urls import reverse

from tests.plans.factories import CoreComponentFactory


@pytest.fixture
def components(project):
    return [CoreComponentFactory(project=project, name=name, position=i)
            for i, name in enumerate(["Offer", "Independent", "Voluntary"], start=1)]


def url(project):
    return reverse("plans:reorder_components", args=[project.pk])


def names(project):
    return list(project.core_components.current().order_by("position")
                .values_list("name", flat=True))


def positions(components, *numbers):
    return {"listed": ",".join(str(c.pk) for c in components),
            **{f"position_{c.pk}": n for c, n in zip(components, numbers, strict=True)}}


def test_the_form_starts_with_the_current_order(editor_client, project, components):
    page = editor_client.get(url(project)).content.decode()
    assert "Now at position 3" in page and 'value="3"' in page


def test_a_new_order_is_saved_as_one_revision(editor_client, project, components):
    response = editor_client.post(url(project), positions(components, 3, 1, 2))
    assert response.status_code == 302
    assert names(project) == ["Independent", "Voluntary", "Offer"]
    revision = project.plan_revisions.get()
    assert revision.summary == "Core components reordered"
    assert [c["title"] for c in revision.content["components"]] == names(project)
    assert [c["position"] for c in revision.content["components"]] == [1, 2, 3]


def test_the_same_order_records_nothing(editor_client, project, components):
    editor_client.post(url(project), positions(components, 1, 2, 3))
    assert not project.plan_revisions.exists()


@pytest.mark.parametrize(("numbers", "message"), [
    ((1, 1, 3), "Position 1 is used more than once. Give each component a different "
                "position from 1 to 3"),
    ((1, 1, 3), "No component is at position 2"),
    ((1, 2, 9), "Positions must be from 1 to 3: 9 is not"),
    ((1, 2, ""), "Give every component a position"),
    ((1, 2, "third"), "Position of \u2018Voluntary\u2019 must be a whole number, like 3"),
])
def test_missing_or_duplicate_positions_save_nothing(editor_client, project, components,
                                                     numbers, message):
    response = editor_client.post(url(project), positions(components, *numbers))
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page and message in page
    assert names(project) == ["Offer", "Independent", "Voluntary"]
    assert not project.plan_revisions.exists()


def test_a_component_added_meanwhile_refuses_the_order(editor_client, project, components):
    form = positions(components, 3, 2, 1)
    CoreComponentFactory(project=project, name="Added meanwhile", position=4)
    page = editor_client.post(url(project), form).content.decode()
    assert "The core components changed while you were reordering them" in page
    assert names(project) == ["Offer", "Independent", "Voluntary", "Added meanwhile"]


def test_a_component_retired_meanwhile_refuses_the_order(editor_client, project, components,
                                                         editor):
    from trellis.plans import services
    form = positions(components, 3, 2, 1)
    editor_client.get(url(project))
    services.retire_component(component=components[0], retired_by=editor)
    page = editor_client.post(url(project), form).content.decode()
    assert "The core components changed while you were reordering them" in page
    assert "Nothing has been saved" in page
    assert names(project) == ["Independent", "Voluntary"]
    assert project.plan_revisions.count() == 1  # the retirement only


def test_a_form_without_the_list_is_still_checked_position_by_position(editor_client, project,
                                                                       components):
    form = positions(components, 3, 2, 1)
    del form["listed"]
    assert editor_client.post(url(project), form).status_code == 302
    assert names(project) == ["Voluntary", "Independent", "Offer"]


def test_the_service_refuses_an_order_of_other_components(project, components, editor):
    from trellis.plans import services
    with pytest.raises(services.OrderChangedError):
        services.reorder_components(project=project, order=[components[0].pk],
                                    changed_by=editor)


def test_viewer_cannot_reorder(viewer_client, project, components):
    assert viewer_client.post(url(project), positions(components, 3, 2, 1)).status_code == 403
    assert names(project) == ["Offer", "Independent", "Voluntary"]
