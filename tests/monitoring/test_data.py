"""Entering, correcting and removing figures; every change is in the history."""

import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from tests.monitoring.factories import DataPointFactory, MeasureFactory, ProportionFactory
from trellis.monitoring import services
from trellis.monitoring.models import DataPoint, DataPointChange

TODAY = datetime.datetime(2026, 3, 18, 12, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(TODAY, tick=False):
        yield


def data_url(measure):
    return reverse("monitoring:data", args=[measure.project_id, measure.pk])


def period(day, month, year, **rest):
    return {"period_day": str(day), "period_month": str(month), "period_year": str(year),
            **rest}


def test_enter_a_count_for_a_month(editor_client, editor, project):
    measure = MeasureFactory(project=project, unit="referrals")
    response = editor_client.post(data_url(measure), period(14, 2, 2026, value="1,250",
                                                            note="Two teams merged"))
    assert response.status_code == 302
    point = DataPoint.objects.get()
    assert (point.period, point.value, point.note, point.entered_by) == (
        datetime.date(2026, 2, 1), 1250.0, "Two teams merged", editor)
    change = DataPointChange.objects.get()
    assert (change.change, change.new_value, change.changed_by) == ("added", 1250.0, editor)
    page = editor_client.get(data_url(measure)).content.decode()
    assert "Figure for February 2026 added" in page
    assert "1,250 referrals" in page


def test_enter_a_proportion(editor_client, project):
    measure = ProportionFactory(project=project, frequency="weekly")
    editor_client.post(data_url(measure), period(11, 3, 2026, numerator="12",
                                                 denominator="40"))
    point = DataPoint.objects.get()
    assert (point.period, point.numerator, point.denominator, point.value) == (
        datetime.date(2026, 3, 9), 12.0, 40.0, 0.3)
    assert "30% (12 of 40)" in editor_client.get(data_url(measure)).content.decode()


@pytest.mark.parametrize(("factory", "data", "message"), [
    (MeasureFactory, {"value": "-3"}, "A count cannot be negative"),
    (MeasureFactory, {"value": "2.5"}, "A count must be a whole number"),
    (MeasureFactory, {"value": "twelve"}, "Enter the value as a number, like 12 or 4.5"),
    (MeasureFactory, {"value": ""}, "Enter the value"),
    (MeasureFactory, {"value": "nan"}, "Enter the value as a number"),
    (ProportionFactory, {"numerator": "41", "denominator": "40"},
     "The numerator cannot be more than the denominator"),
    (ProportionFactory, {"numerator": "0", "denominator": "0"},
     "The denominator must be more than 0"),
    (ProportionFactory, {"numerator": "-1", "denominator": "10"},
     "The numerator cannot be negative"),
    (ProportionFactory, {"numerator": "3", "denominator": "ten"},
     "Enter the denominator as a number"),
])
def test_bad_figures_are_refused_and_nothing_is_written(editor_client, project, factory, data,
                                                         message):
    measure = factory(project=project)
    response = editor_client.post(data_url(measure), period(1, 2, 2026, **data))
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "govuk-error-summary" in page
    assert not DataPoint.objects.exists() and not DataPointChange.objects.exists()


def test_a_negative_average_is_allowed(editor_client, project):
    measure = MeasureFactory(project=project, kind="average")
    assert editor_client.post(data_url(measure), period(1, 2, 2026, value="-0.5")).status_code \
        == 302


def test_a_period_with_a_figure_links_to_correcting_it(editor_client, project):
    measure = MeasureFactory(project=project)
    point = DataPointFactory(measure=measure, period=datetime.date(2026, 2, 1), value=7)
    response = editor_client.post(data_url(measure), period(20, 2, 2026, value="9"))
    page = response.content.decode()
    assert "February 2026 already has a figure: correct that figure instead" in page
    assert reverse("monitoring:correct", args=[project.pk, measure.pk, point.pk]) in page
    assert DataPoint.objects.get().value == 7


def test_future_and_impossible_dates_are_refused(editor_client, project):
    measure = MeasureFactory(project=project)
    page = editor_client.post(data_url(measure), period(1, 4, 2026, value="9")).content.decode()
    assert "The period must have started" in page
    page = editor_client.post(data_url(measure), period(31, 2, 2026, value="9")).content.decode()
    assert "Enter a real date" in page
    assert not DataPoint.objects.exists()


def test_a_measure_kept_by_trellis_cannot_be_entered_here(editor_client, project):
    measure = MeasureFactory(project=project, source="fidelity")
    point = DataPointFactory(measure=measure)
    page = editor_client.get(data_url(measure)).content.decode()
    assert "fidelity checks recorded in Trellis" in page
    assert "Add the figure" not in page
    editor_client.post(data_url(measure), period(1, 2, 2026, value="9"))
    correct = reverse("monitoring:correct", args=[project.pk, measure.pk, point.pk])
    editor_client.post(correct, {"value": "99", "version": "1"})
    remove = reverse("monitoring:remove_point", args=[project.pk, measure.pk, point.pk])
    editor_client.post(remove)
    assert list(DataPoint.objects.values_list("value", flat=True)) == [10.0]
    assert not DataPointChange.objects.exists()


def test_correct_a_figure_keeps_the_old_one(editor_client, editor, project):
    measure = ProportionFactory(project=project)
    point = services.record_point(measure=measure, period=datetime.date(2026, 1, 1),
                                  entered_by=editor, numerator=3, denominator=10)
    url = reverse("monitoring:correct", args=[project.pk, measure.pk, point.pk])
    form = editor_client.get(url).context["form"]
    assert (form["numerator"].value(), form["version"].value()) == (3, 1)
    response = editor_client.post(url, {"numerator": "4", "denominator": "10",
                                        "note": "Late return", "version": "1"})
    assert response.status_code == 302
    point.refresh_from_db()
    assert (point.value, point.version) == (0.4, 2)
    history = editor_client.get(reverse("monitoring:history", args=[project.pk, measure.pk]))
    page = history.content.decode()
    assert "30% (3 of 10)" in page and "40% (4 of 10)" in page and "Late return" in page
    assert [r.change for r in history.context["changes"]] == ["Changed", "Added"]
    assert history.context["changes"][0].who == str(editor)


def test_a_bad_correction_writes_nothing(editor_client, editor, project):
    measure = ProportionFactory(project=project)
    point = services.record_point(measure=measure, period=datetime.date(2026, 1, 1),
                                  entered_by=editor, numerator=3, denominator=10)
    url = reverse("monitoring:correct", args=[project.pk, measure.pk, point.pk])
    response = editor_client.post(url, {"numerator": "11", "denominator": "10",
                                        "version": "1"})
    assert "The numerator cannot be more than the denominator" in response.content.decode()
    point.refresh_from_db()
    assert (point.numerator, point.version) == (3.0, 1)
    assert DataPointChange.objects.count() == 1


def test_two_people_correcting_the_same_figure(editor, admin, project):
    measure = MeasureFactory(project=project)
    point = DataPointFactory(measure=measure, period=datetime.date(2026, 1, 1), value=5)
    url = reverse("monitoring:correct", args=[project.pk, measure.pk, point.pk])
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    assert first.post(url, {"value": "6", "version": "1"}).status_code == 302
    response = second.post(url, {"value": "8", "note": "Recounted", "version": "1"})
    page = response.content.decode()
    assert "Someone else changed this figure while you were correcting it" in page
    changes = {c.label: (c.saved, c.yours) for c in response.context["changes"]}
    assert changes == {"Value": ("6.0", "8.0"), "Note": ("Not given", "Recounted")}
    assert 'value="8"' in page and "Recounted" in page
    assert str(response.context["form"]["version"].value()) == "2"
    point.refresh_from_db()
    assert (point.value, point.version) == (6.0, 2)


def test_remove_a_figure_keeps_it_in_the_history(editor_client, editor, project):
    measure = MeasureFactory(project=project)
    point = services.record_point(measure=measure, period=datetime.date(2026, 1, 1),
                                  entered_by=editor, value=4)
    url = reverse("monitoring:remove_point", args=[project.pk, measure.pk, point.pk])
    assert "Remove the figure for January 2026?" in editor_client.get(url).content.decode()
    assert editor_client.post(url).status_code == 302
    assert not DataPoint.objects.exists()
    history = editor_client.get(reverse("monitoring:history", args=[project.pk, measure.pk]))
    assert [(r.change, r.before, r.after) for r in history.context["changes"]] == [
        ("Removed", "4", "–"), ("Added", "–", "4")]


def test_viewers_read_the_history_but_cannot_enter(viewer_client, outsider_client, project):
    measure = MeasureFactory(project=project)
    point = DataPointFactory(measure=measure)
    assert viewer_client.get(reverse("monitoring:history",
                                     args=[project.pk, measure.pk])).status_code == 200
    assert viewer_client.post(data_url(measure), period(1, 2, 2026, value="1")).status_code \
        == 403
    assert outsider_client.get(data_url(measure)).status_code == 404
    url = reverse("monitoring:correct", args=[project.pk, measure.pk, point.pk])
    assert viewer_client.post(url, {"value": "1", "version": "1"}).status_code == 403
    assert DataPoint.objects.count() == 1


def test_another_measures_point_is_not_found(editor_client, project):
    measure = MeasureFactory(project=project)
    other = DataPointFactory(measure=MeasureFactory(project=project))
    url = reverse("monitoring:correct", args=[project.pk, measure.pk, other.pk])
    assert editor_client.get(url).status_code == 404
