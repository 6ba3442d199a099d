"""Writing figures keeps who changed what, when, and what it was before."""

from datetime import date

import pytest

from trellis.core.versioning import StaleEditError
from trellis.monitoring import services
from trellis.monitoring.models import DataPoint, DataPointChange, Measure


@pytest.fixture
def referrals(project, editor):
    return Measure.objects.create(project=project, name="Referrals", kind="count",
                                  direction="up", frequency="monthly", created_by=editor)


@pytest.fixture
def converted(project, editor):
    return Measure.objects.create(project=project, name="Converted", kind="proportion",
                                  direction="up", frequency="monthly", created_by=editor)


def test_a_figure_is_stored_for_the_start_of_its_period_with_its_history(referrals, editor):
    point = services.record_point(measure=referrals, period=date(2026, 3, 17), value=12,
                                  entered_by=editor, note="from the case system")
    assert point.period == date(2026, 3, 1)
    change = DataPointChange.objects.get()
    assert (change.change, change.period, change.new_value, change.old_value,
            change.changed_by) == ("added", date(2026, 3, 1), 12, None, editor)


def test_a_proportion_keeps_numerator_and_denominator_and_works_out_its_value(converted, editor):
    point = services.record_point(measure=converted, period=date(2026, 3, 1), numerator=3,
                                  denominator=12, entered_by=editor)
    assert (point.value, point.numerator, point.denominator) == (0.25, 3, 12)


def test_a_proportion_without_a_denominator_is_refused_and_nothing_is_written(converted, editor):
    with pytest.raises(ValueError):
        services.record_point(measure=converted, period=date(2026, 3, 1), numerator=3,
                              denominator=0, entered_by=editor)
    assert not DataPoint.objects.exists() and not DataPointChange.objects.exists()


def test_correcting_keeps_the_old_figure(referrals, editor, admin):
    point = services.record_point(measure=referrals, period=date(2026, 3, 1), value=12,
                                  entered_by=editor)
    services.correct_point(point=point, version=point.version, value=14, note="late returns",
                           changed_by=admin)
    point.refresh_from_db()
    assert (point.value, point.note, point.version) == (14, "late returns", 2)
    change = DataPointChange.objects.filter(change="changed").get()
    assert (change.old_value, change.new_value, change.changed_by) == (12, 14, admin)


def test_a_stale_correction_is_refused_and_leaves_the_other_persons_figure(referrals, editor):
    point = services.record_point(measure=referrals, period=date(2026, 3, 1), value=12,
                                  entered_by=editor)
    services.correct_point(point=point, version=1, value=13, changed_by=editor)
    with pytest.raises(StaleEditError):
        services.correct_point(point=point, version=1, value=99, changed_by=editor)
    assert DataPoint.objects.get().value == 13
    assert DataPointChange.objects.filter(change="changed").count() == 1


def test_removing_keeps_the_removed_figure_in_the_history(referrals, editor):
    point = services.record_point(measure=referrals, period=date(2026, 3, 1), value=12,
                                  entered_by=editor)
    services.remove_point(point=point, removed_by=editor)
    assert not DataPoint.objects.exists()
    change = DataPointChange.objects.filter(change="removed").get()
    assert (change.old_value, change.period) == (12, date(2026, 3, 1))
