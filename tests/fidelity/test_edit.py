import datetime

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.fidelity.factories import CheckFactory, ComponentFactory, RatingFactory
from trellis.fidelity import services
from trellis.fidelity.models import FidelityCheck
from trellis.fidelity.services import Answer
from trellis.monitoring.models import DataPoint


def url(check, project=None):
    return reverse("fidelity:edit", args=[(project or check.project).pk, check.pk])


@pytest.fixture
def components(project):
    return [ComponentFactory(project=project, name="Offered at the right time", position=1),
            ComponentFactory(project=project, name="Private family time", position=2)]


@pytest.fixture
def check(project, editor, components):
    return services.record_check(
        project=project, created_by=editor, delivered_on=datetime.date(2026, 2, 10),
        setting="North team", recorded_by="practitioner",
        answers=[Answer(components[0], "as-intended"), Answer(components[1], "partly", "Short")])


def form_data(check, components, **changes):
    data = {"delivered_on_day": "10", "delivered_on_month": "2", "delivered_on_year": "2026",
            "setting": check.setting, "recorded_by": check.recorded_by,
            "version": check.version,
            f"rating_{components[0].pk}": "as-intended",
            f"rating_{components[1].pk}": "partly", f"note_{components[1].pk}": "Short"}
    return {**data, **changes}


def test_the_form_shows_the_saved_answers(editor_client, check, components):
    form = editor_client.get(url(check)).context["form"]
    assert form["setting"].value() == "North team"
    assert form[f"rating_{components[1].pk}"].value() == "partly"
    assert form[f"note_{components[1].pk}"].value() == "Short"
    assert form["version"].value() == 1


def test_correct_a_check_and_its_measure(editor_client, check, components):
    response = editor_client.post(url(check), form_data(
        check, components, **{f"rating_{components[1].pk}": "as-intended",
                              "delivered_on_month": "1"}))
    assert response.status_code == 302
    check.refresh_from_db()
    assert (check.delivered_on, check.version) == (datetime.date(2026, 1, 10), 2)
    assert check.ratings.get(core_component=components[1]).rating == "as-intended"
    assert {(p.measure.core_component.name, p.period, p.numerator, p.denominator)
            for p in DataPoint.objects.all()} == {
        ("Offered at the right time", datetime.date(2026, 1, 1), 1, 1),
        ("Private family time", datetime.date(2026, 1, 1), 1, 1)}


def test_a_retired_component_stays_where_it_was_rated(editor_client, check, components,
                                                      project):
    components[1].retired_at = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
    components[1].save(update_fields=["retired_at"])
    added = ComponentFactory(project=project, name="Added later", position=3)
    page = editor_client.get(url(check)).content.decode()
    assert "Private family time" in page
    assert "Not rated in this check when it was recorded" in page  # the new one is optional
    assert editor_client.post(url(check), form_data(check, components)).status_code == 302
    assert not check.ratings.filter(core_component=added).exists()


def test_two_people_correcting_the_same_check(editor, admin, check, components):
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    first.get(url(check))
    second.get(url(check))
    assert first.post(url(check), form_data(
        check, components, setting="South team",
        **{f"rating_{components[0].pk}": "not-delivered"})).status_code == 302

    response = second.post(url(check), form_data(check, components, recorded_by="peer"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this fidelity check while you were editing it" in page
    changes = {c.label: (c.saved, c.yours) for c in response.context["changes"]}
    assert changes == {
        "Team or setting": ("South team", "North team"),
        "Who is recording this check?": ("The practitioner (self-check)", "A peer"),
        "1. Offered at the right time": ("Not delivered", "As intended"),
    }
    assert response.context["form"]["recorded_by"].value() == "peer"  # still in the form
    assert str(response.context["form"]["version"].value()) == "2"
    check.refresh_from_db()
    assert (check.setting, check.recorded_by, check.version) == ("South team", "practitioner", 2)
    point = DataPoint.objects.get(measure__core_component=components[0])
    assert (point.numerator, point.denominator) == (0, 1)


def test_bad_input_changes_nothing(editor_client, check, components, org_b):
    elsewhere = ComponentFactory(project=ProjectFactory(organisation=org_b))
    for changes in ({f"rating_{components[0].pk}": ""}, {"delivered_on_year": "2099"},
                    {f"rating_{elsewhere.pk}": "as-intended"}):
        response = editor_client.post(url(check), form_data(check, components, **changes))
        assert response.status_code == 200
        assert "There is a problem" in response.content.decode()
    check.refresh_from_db()
    assert check.version == 1
    assert set(check.ratings.values_list("rating", flat=True)) == {"as-intended", "partly"}
    assert DataPoint.objects.count() == 2


def test_another_projects_check_is_not_found(editor_client, project, org_a):
    elsewhere = RatingFactory(
        fidelity_check=CheckFactory(project=ProjectFactory(organisation=org_a))).fidelity_check
    assert editor_client.get(url(elsewhere, project)).status_code == 404
    assert editor_client.post(url(elsewhere, project), {}).status_code == 404


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          check, components):
    assert viewer_client.get(url(check)).status_code == 403
    assert viewer_client.post(url(check), form_data(check, components)).status_code == 403
    assert outsider_client.get(url(check)).status_code == 404
    assert editor_client.delete(url(check)).status_code == 405
    assert FidelityCheck.objects.get().version == 1
