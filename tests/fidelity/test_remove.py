import datetime

from django.urls import reverse

from tests.fidelity.factories import ComponentFactory
from trellis.fidelity import services
from trellis.fidelity.models import ComponentRating, FidelityCheck
from trellis.fidelity.services import Answer
from trellis.monitoring.models import DataPoint, DataPointChange


def url(check):
    return reverse("fidelity:remove", args=[check.project.pk, check.pk])


def record(project, editor, component, day, rating):
    return services.record_check(project=project, created_by=editor, delivered_on=day,
                                 setting="North team", recorded_by="peer",
                                 answers=[Answer(component, rating)])


def test_confirm_then_remove(editor_client, editor, project):
    component = ComponentFactory(project=project, name="Private family time")
    keep = record(project, editor, component, datetime.date(2026, 2, 3), "as-intended")
    gone = record(project, editor, component, datetime.date(2026, 2, 9), "not-delivered")
    page = editor_client.get(url(gone)).content.decode()
    assert "Are you sure you want to remove this fidelity check?" in page
    assert "9 February 2026: North team" in page

    response = editor_client.post(url(gone))
    assert response.status_code == 302
    assert list(FidelityCheck.objects.all()) == [keep]
    assert ComponentRating.objects.count() == 1
    point = DataPoint.objects.get()
    assert (point.numerator, point.denominator) == (1, 1)
    assert DataPointChange.objects.filter(change="changed").latest("pk").changed_by == editor


def test_removing_the_last_check_of_a_month_removes_its_figure(editor_client, editor, project):
    component = ComponentFactory(project=project)
    check = record(project, editor, component, datetime.date(2026, 2, 3), "partly")
    editor_client.post(url(check))
    assert not DataPoint.objects.exists()
    assert DataPointChange.objects.filter(change="removed").count() == 1


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          editor, project):
    check = record(project, editor, ComponentFactory(project=project),
                   datetime.date(2026, 2, 3), "partly")
    assert viewer_client.get(url(check)).status_code == 403
    assert viewer_client.post(url(check)).status_code == 403
    assert outsider_client.post(url(check)).status_code == 404
    assert editor_client.put(url(check)).status_code == 405
    assert FidelityCheck.objects.count() == 1
