"""Writing measures' data: every added, changed or removed figure leaves a
DataPointChange row saying who, when and what it was before."""

from django.db import transaction
from django.utils import timezone

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401

from .models import Change, DataPoint, DataPointChange, Measure
from .periods import period_start


def figures(measure: Measure, *, value: float | None = None, numerator: float | None = None,
            denominator: float | None = None) -> tuple[float, float | None, float | None]:
    """(value, numerator, denominator) as stored: a proportion's value is worked out."""
    if measure.is_proportion:
        if numerator is None or not denominator:
            raise ValueError("A proportion needs a numerator and a denominator above 0.")
        return numerator / denominator, numerator, denominator
    if value is None:
        raise ValueError("A value is needed.")
    return value, None, None


def _history(point: DataPoint, change: str, *, by, via: str, old: DataPoint | None = None,
             new: DataPoint | None = None) -> DataPointChange:
    return DataPointChange(
        measure_id=point.measure_id, period=point.period, change=change,
        old_value=old.value if old else None, old_numerator=old.numerator if old else None,
        old_denominator=old.denominator if old else None, old_note=old.note if old else "",
        new_value=new.value if new else None, new_numerator=new.numerator if new else None,
        new_denominator=new.denominator if new else None, new_note=new.note if new else "",
        via=via, changed_by=by)


@transaction.atomic
def record_point(*, measure: Measure, period, entered_by, note: str = "", via: str = "",
                 **numbers) -> DataPoint:
    """Add the figure for a period that has none (IntegrityError if it has one)."""
    value, numerator, denominator = figures(measure, **numbers)
    point = DataPoint.objects.create(
        measure=measure, period=period_start(period, measure.frequency), value=value,
        numerator=numerator, denominator=denominator, note=note, entered_by=entered_by)
    _history(point, Change.ADDED, by=entered_by, via=via, new=point).save()
    return point


@transaction.atomic
def correct_point(*, point: DataPoint, version: int, changed_by, note: str = "",
                  via: str = "", **numbers) -> DataPoint:
    """Change a figure, refusing a stale edit (StaleEditError)."""
    before = DataPoint.objects.get(pk=point.pk)
    value, numerator, denominator = figures(point.measure, **numbers)
    save_if_unchanged(point, version=version, value=value, numerator=numerator,
                      denominator=denominator, note=note, entered_by=changed_by)
    _history(point, Change.CHANGED, by=changed_by, via=via, old=before, new=point).save()
    return point


@transaction.atomic
def remove_point(*, point: DataPoint, removed_by, via: str = "") -> None:
    _history(point, Change.REMOVED, by=removed_by, via=via, old=point).save()
    point.delete()


def touch(measure: Measure) -> None:
    Measure.objects.filter(pk=measure.pk).update(updated_at=timezone.now())
