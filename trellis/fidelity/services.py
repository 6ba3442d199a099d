"""Writes to the fidelity checks, each in one transaction with its audit entry.

Every write also brings the fidelity measures up to date: one monitoring
measure per core component (kept by Trellis, source "fidelity"), with one
figure per month = episodes delivered as intended ÷ episodes where the
component applied. The figures of the months a write touched are worked out
again from the checks and written through trellis.monitoring.services, so
each change is in the measure's history."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db import transaction

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.monitoring import services as monitoring
from trellis.monitoring.models import Direction, Frequency, Kind, Measure
from trellis.monitoring.periods import next_period, period_start
from trellis.organisations.models import User, audit
from trellis.plans.models import CoreComponent, ImplementationOutcome
from trellis.projects.models import Project

from .models import ComponentRating, FidelityCheck
from .tally import Tally, figures, point_note

SOURCE = "fidelity"
VIA = "fidelity checks"
FREQUENCY = Frequency.MONTHLY.value


@dataclass(frozen=True)
class Answer:
    """How one core component was delivered in the episode."""

    component: CoreComponent
    rating: str
    note: str = ""


def month_of(day: date) -> date:
    return period_start(day, FREQUENCY)


def _check_answers(project: Project, answers: list[Answer]) -> None:
    if not answers:
        raise ValueError("A fidelity check needs a rating for at least one core component")
    components = [a.component.pk for a in answers]
    if any(a.component.project_id != project.pk for a in answers):
        raise ValueError("A fidelity check can only rate core components of its own project")
    if len(set(components)) != len(components):
        raise ValueError("A fidelity check rates each core component once")


def _add_ratings(check: FidelityCheck, answers: list[Answer]) -> None:
    ComponentRating.objects.bulk_create(
        ComponentRating(fidelity_check=check, core_component=a.component, rating=a.rating,
                        note=a.note) for a in answers)


def _touched(check: FidelityCheck, component_ids: Iterable[int]) -> set[tuple[int, date]]:
    month = month_of(check.delivered_on)
    return {(pk, month) for pk in component_ids}


@transaction.atomic
def record_check(*, project: Project, created_by: User | None, delivered_on: date,
                 setting: str, recorded_by: str, answers: list[Answer]) -> FidelityCheck:
    """Add a check of one delivery episode and update the fidelity measures."""
    _check_answers(project, answers)
    check = FidelityCheck.objects.create(project=project, delivered_on=delivered_on,
                                         setting=setting, recorded_by=recorded_by,
                                         created_by=created_by)
    _add_ratings(check, answers)
    update_measures(project=project, by=created_by,
                    touched=_touched(check, (a.component.pk for a in answers)))
    audit(organisation=project.organisation, actor=created_by, action="fidelity.recorded",
          summary=f"'{project.title}': recorded a fidelity check ({check})")
    return check


@transaction.atomic
def update_check(*, check: FidelityCheck, version: int, changed_by: User, delivered_on: date,
                 setting: str, recorded_by: str, answers: list[Answer]) -> FidelityCheck:
    """Correct a check if nobody has saved it since `version` was read
    (StaleEditError otherwise), and update the months it was and is now in."""
    project = check.project
    _check_answers(project, answers)
    before = _touched(check, check.ratings.values_list("core_component_id", flat=True))
    save_if_unchanged(check, version=version, delivered_on=delivered_on, setting=setting,
                      recorded_by=recorded_by)
    check.ratings.all().delete()
    _add_ratings(check, answers)
    update_measures(project=project, by=changed_by,
                    touched=before | _touched(check, (a.component.pk for a in answers)))
    audit(organisation=project.organisation, actor=changed_by, action="fidelity.updated",
          summary=f"'{project.title}': corrected a fidelity check ({check})")
    return check


@transaction.atomic
def remove_check(*, check: FidelityCheck, removed_by: User) -> None:
    """Delete a check and take it out of the fidelity measures."""
    project = check.project
    touched = _touched(check, check.ratings.values_list("core_component_id", flat=True))
    summary = str(check)
    check.delete()
    update_measures(project=project, by=removed_by, touched=touched)
    audit(organisation=project.organisation, actor=removed_by, action="fidelity.removed",
          summary=f"'{project.title}': removed a fidelity check ({summary})")


# The fidelity measures ---------------------------------------------------------------

def fidelity_outcome(project: Project) -> ImplementationOutcome | None:
    """The plan's fidelity outcome that fidelity measures are linked to: the first
    (in plan order) that speaks of core components, or else the first."""
    outcomes = list(project.implementation_outcomes.filter(outcome_type="fidelity"))
    about_components = [o for o in outcomes if "component" in o.statement.lower()]
    return (about_components or outcomes or [None])[0]


def _measure_name(project: Project, component: CoreComponent) -> str:
    base = f"Fidelity: {component.name}"
    if len(base) > 190:
        base = base[:189].rstrip() + "…"
    taken = set(project.measures.filter(name__startswith=base).values_list("name", flat=True))
    name, number = base, 1
    while name in taken:  # a measure people made already has the name
        number += 1
        name = f"{base} ({number})"
    return name


def fidelity_measure(*, project: Project, component: CoreComponent,
                     by: User | None) -> Measure:
    """The component's fidelity measure, made the first time it is needed, and
    locked until the transaction ends so that updates of its figures queue."""
    measure = (project.measures.select_for_update()
               .filter(source=SOURCE, core_component=component).order_by("pk").first())
    outcome = fidelity_outcome(project)
    if measure is None:
        return Measure.objects.create(
            project=project, name=_measure_name(project, component),
            definition=(f"Of the delivery episodes where the core component '{component.name}' "
                        "applied, the share where it was delivered as intended. Episodes "
                        "rated 'not applicable' are left out. Kept by Trellis from the "
                        "fidelity checks."),
            kind=Kind.PROPORTION, unit="%", direction=Direction.UP, frequency=FREQUENCY,
            chart_type="p", data_source="organisational-data", implementation_outcome=outcome,
            core_component=component, source=SOURCE, created_by=by)
    if outcome and not (measure.implementation_outcome_id or measure.final_outcome_id):
        Measure.objects.filter(pk=measure.pk).update(implementation_outcome=outcome)
        measure.implementation_outcome = outcome
    return measure


def tallies(component: CoreComponent, months: Iterable[date]) -> dict[date, Tally]:
    """The ratings of a component in each of `months`, from the checks, in one query."""
    months = sorted(set(months))
    if not months:
        return {}
    rows = component.fidelity_ratings.filter(
        fidelity_check__delivered_on__gte=months[0],
        fidelity_check__delivered_on__lt=next_period(months[-1], FREQUENCY),
    ).values_list("fidelity_check__delivered_on", "rating")
    ratings: dict[date, list[str]] = defaultdict(list)
    for delivered_on, rating in rows:
        ratings[month_of(delivered_on)].append(rating)
    return {month: Tally.count(ratings.get(month, ())) for month in months}


def update_measures(*, project: Project, by: User | None,
                    touched: Iterable[tuple[int, date]]) -> None:
    """Make the figures of each (component pk, month) in `touched` match the checks:
    add, correct or remove the month's data point, leaving it alone if it matches."""
    months: dict[int, set[date]] = defaultdict(set)
    for component_pk, month in touched:
        months[component_pk].add(month)
    components = project.core_components.filter(pk__in=months).order_by("position", "pk")
    for component in components:
        measure = fidelity_measure(project=project, component=component, by=by)
        points = {p.period: p for p in measure.points.filter(period__in=months[component.pk])}
        changed = False
        for month, tally in tallies(component, months[component.pk]).items():
            changed |= _match(measure, points.get(month), month, tally, by)
        if changed:
            monitoring.touch(measure)


def _match(measure: Measure, point, month: date, tally: Tally, by: User | None) -> bool:
    wanted = figures(tally)
    if wanted is None:
        if point is None:
            return False
        monitoring.remove_point(point=point, removed_by=by, via=VIA)
        return True
    numerator, denominator = wanted
    note = point_note(tally)
    if point is None:
        monitoring.record_point(measure=measure, period=month, entered_by=by, note=note,
                                via=VIA, numerator=numerator, denominator=denominator)
        return True
    if (point.numerator, point.denominator, point.note) == (numerator, denominator, note):
        return False
    monitoring.correct_point(point=point, version=point.version, changed_by=by, note=note,
                             via=VIA, numerator=numerator, denominator=denominator)
    return True
