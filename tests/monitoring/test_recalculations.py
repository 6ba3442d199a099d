import datetime

from django.urls import reverse

from tests.monitoring.factories import MeasureFactory, RecalculationFactory
from trellis.monitoring.models import Recalculation


def add_url(measure):
    return reverse("monitoring:add_recalculation", args=[measure.project_id, measure.pk])


def test_add_a_recalculation_point_from_any_day_in_the_period(editor_client, editor, project):
    measure = MeasureFactory(project=project, frequency="quarterly")
    response = editor_client.post(add_url(measure), {
        "period_day": "15", "period_month": "5", "period_year": "2025",
        "reason": "New referral pathway"})
    assert response.status_code == 302
    recalculation = Recalculation.objects.get()
    assert (recalculation.period, recalculation.reason, recalculation.created_by) == (
        datetime.date(2025, 4, 1), "New referral pathway", editor)


def test_a_second_point_in_the_same_period_is_refused(editor_client, project):
    measure = MeasureFactory(project=project)
    RecalculationFactory(measure=measure, period=datetime.date(2025, 6, 1))
    response = editor_client.post(add_url(measure), {
        "period_day": "20", "period_month": "6", "period_year": "2025", "reason": ""})
    page = response.content.decode()
    assert "The limits are already recalculated from June 2025" in page
    assert "Enter what changed" in page
    assert Recalculation.objects.count() == 1


def test_remove_a_recalculation_point(editor_client, viewer_client, project):
    measure = MeasureFactory(project=project)
    recalculation = RecalculationFactory(measure=measure)
    url = reverse("monitoring:remove_recalculation",
                  args=[project.pk, measure.pk, recalculation.pk])
    assert "Remove the recalculation from June 2025?" in editor_client.get(url).content.decode()
    assert viewer_client.post(url).status_code == 403
    assert editor_client.post(url).status_code == 302
    assert not Recalculation.objects.exists()


def test_another_measures_recalculation_is_not_found(editor_client, project):
    measure = MeasureFactory(project=project)
    other = RecalculationFactory(measure=MeasureFactory(project=project))
    url = reverse("monitoring:remove_recalculation", args=[project.pk, measure.pk, other.pk])
    assert editor_client.post(url).status_code == 404
    assert Recalculation.objects.count() == 1
