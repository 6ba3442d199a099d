"""Writing measures' data: every added, changed or removed figure leaves a
DataPointChange row saying who, when and what it was before."""

from django.db import transaction
from django.utils import timezone

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.organisations.models import audit

from .models import Change, DataPoint, DataPointChange, Measure, Recalculation
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


# Measures and recalculations -------------------------------------------------------------

MEASURE_FIELDS = ("name", "definition", "kind", "unit", "direction", "target", "frequency",
                  "data_source", "owner", "implementation_outcome", "final_outcome",
                  "chart_type", "baseline_until")


def _check_outcomes(project, values: dict) -> None:
    for name in ("implementation_outcome", "final_outcome"):
        outcome = values.get(name)
        if outcome is not None and outcome.project_id != project.pk:
            raise ValueError("A measure can only be linked to an outcome of its own project")
    if values.get("implementation_outcome") and values.get("final_outcome"):
        raise ValueError("A measure is linked to one outcome at most")


def _audit(measure: Measure, actor, action: str, summary: str) -> None:
    project = measure.project
    audit(organisation=project.organisation, actor=actor, action=f"monitoring.{action}",
          summary=f"'{project.title}': {summary}")


@transaction.atomic
def add_measure(*, project, created_by, **fields) -> Measure:
    """Add a measure to the project."""
    values = {name: fields[name] for name in MEASURE_FIELDS if name in fields}
    _check_outcomes(project, values)
    measure = Measure.objects.create(project=project, created_by=created_by, **values)
    _audit(measure, created_by, "measure_added", f"added measure '{measure.name}'")
    return measure


@transaction.atomic
def update_measure(*, measure: Measure, version: int, changed_by, **fields) -> Measure:
    """Save the edit if nobody has saved the measure since `version` was read
    (StaleEditError otherwise)."""
    values = {name: fields[name] for name in MEASURE_FIELDS if name in fields}
    _check_outcomes(measure.project, values)
    if measure.is_kept_by_trellis:  # its data's shape is set where the data comes from
        values.pop("kind", None)
        values.pop("frequency", None)
    save_if_unchanged(measure, version=version, **values)
    _audit(measure, changed_by, "measure_updated", f"edited measure '{measure.name}'")
    return measure


@transaction.atomic
def remove_measure(*, measure: Measure, removed_by) -> None:
    """Delete a measure with its figures, recalculations and history."""
    _audit(measure, removed_by, "measure_removed",
           f"removed measure '{measure.name}' and its {measure.points.count()} figure(s)")
    measure.delete()


@transaction.atomic
def add_recalculation(*, measure: Measure, period, reason: str, created_by) -> Recalculation:
    """Recalculate the measure's limits from the period `period` falls in."""
    recalculation = Recalculation.objects.create(
        measure=measure, period=period_start(period, measure.frequency), reason=reason,
        created_by=created_by)
    touch(measure)
    _audit(measure, created_by, "recalculation_added",
           f"limits of '{measure.name}' recalculated from {recalculation.period}")
    return recalculation


@transaction.atomic
def remove_recalculation(*, recalculation: Recalculation, removed_by) -> None:
    measure = recalculation.measure
    recalculation.delete()
    touch(measure)
    _audit(measure, removed_by, "recalculation_removed",
           f"limits of '{measure.name}' no longer recalculated from {recalculation.period}")
