"""Workflows on the implementation plan. Each is one transaction, writes its
audit entry and records a revision of the whole plan after the change. Edits
carry the version the editor started from: a stale save is refused."""

from collections.abc import Iterable, Sequence

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from trellis.core.versioning import StaleEditError, save_if_unchanged  # noqa: F401
from trellis.evidence.models import EvidenceItem
from trellis.framework.loader import get_framework
from trellis.organisations.models import User, audit
from trellis.projects.models import Project

from . import ordering
from .models import CoreComponent, FinalOutcome, ImplementationOutcome, Perspective
from .revisions import record_revision

COMPONENT_FIELDS = ("name", "done_well", "must_stay_fixed", "can_adapt")
OUTCOME_FIELDS = ("outcome_type", "term", "statement", "target")
FINAL_OUTCOME_FIELDS = ("audience", "statement", "how_measured")



class OrderChangedError(Exception):
    """The core components changed while the editor was reordering them."""


def _lock(project: Project) -> None:
    Project.objects.select_for_update().filter(pk=project.pk).first()


def _changed(project: Project, user: User | None, action: str, summary: str) -> None:
    """The audit entry and the plan revision every change ends with."""
    audit(organisation=project.organisation, actor=user, action=f"plan.{action}",
          summary=f"'{project.title}': {summary}")
    record_revision(project=project, user=user, summary=summary)


def _check_choices(**chosen: str) -> None:
    outcomes = get_framework().outcomes
    allowed = {"outcome_type": {t.slug for t in outcomes.types},
               "term": {t.slug for t in outcomes.terms},
               "audience": {a.slug for a in outcomes.audiences}}
    for name, value in chosen.items():
        if value not in allowed[name]:
            raise ValueError(f"Unknown {name.replace('_', ' ')} {value!r}")


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("\u2026" if len(parts) > words else "")


# The problem (why) ---------------------------------------------------------

@transaction.atomic
def save_problem(*, project: Project, perspective: str, text: str,
                 evidence: Iterable[EvidenceItem], version: int, changed_by: User):
    """Create or edit the need as seen from one perspective, with the
    project's own evidence it draws on."""
    point_of_view = Perspective(perspective)
    evidence = list(evidence)
    if any(item.project_id != project.pk for item in evidence):
        raise ValueError("Evidence must come from this project")
    _lock(project)
    record = project.problem_perspectives.filter(perspective=point_of_view).first()
    if record is None:
        if version:
            raise StaleEditError
        record = project.problem_perspectives.create(perspective=point_of_view, text=text,
                                                     created_by=changed_by)
    else:
        save_if_unchanged(record, version=version, text=text)
    record.evidence.set(evidence)
    _changed(project, changed_by, "problem_saved",
             f"Problem from the perspective of {point_of_view.label.lower()} edited")
    return record


# Core components (what) ----------------------------------------------------

def _current_order(project: Project) -> list[int]:
    return list(project.core_components.current().order_by("position", "pk")
                .values_list("pk", flat=True))


def _number(project: Project, order: Sequence[int]) -> None:
    """Positions 1 to N in the given order, in one statement."""
    components = list(project.core_components.filter(pk__in=order))
    place = {pk: number for number, pk in enumerate(order, start=1)}
    for component in components:
        component.position = place[component.pk]
    CoreComponent.objects.bulk_update(components, ["position"])


@transaction.atomic
def add_component(*, project: Project, created_by: User, **fields) -> CoreComponent:
    _lock(project)
    last = project.core_components.current().aggregate(n=Max("position"))["n"] or 0
    component = project.core_components.create(
        position=last + 1, created_by=created_by,
        **{name: fields.get(name, "") for name in COMPONENT_FIELDS})
    _changed(project, created_by, "component_added",
             f"Core component \u2018{_short(component.name)}\u2019 added")
    return component


@transaction.atomic
def update_component(*, component: CoreComponent, version: int, changed_by: User,
                     **fields) -> CoreComponent:
    values = {name: fields[name] for name in COMPONENT_FIELDS if name in fields}
    save_if_unchanged(component, version=version, **values)
    _changed(component.project, changed_by, "component_edited",
             f"Core component \u2018{_short(component.name)}\u2019 edited")
    return component


@transaction.atomic
def retire_component(*, component: CoreComponent, retired_by: User) -> None:
    """Take a component out of the plan; it stays in history and can be restored."""
    project = component.project
    _lock(project)
    component.refresh_from_db()
    if component.is_retired:
        return
    component.retired_at = timezone.now()
    component.save(update_fields=["retired_at"])
    _number(project, _current_order(project))
    _changed(project, retired_by, "component_retired",
             f"Core component \u2018{_short(component.name)}\u2019 retired")


@transaction.atomic
def restore_component(*, component: CoreComponent, restored_by: User) -> None:
    """Put a retired component back, at the end of the list."""
    project = component.project
    _lock(project)
    component.refresh_from_db()
    if not component.is_retired:
        return
    last = project.core_components.current().aggregate(n=Max("position"))["n"] or 0
    component.retired_at = None
    component.position = last + 1
    component.save(update_fields=["retired_at", "position"])
    _changed(project, restored_by, "component_restored",
             f"Core component \u2018{_short(component.name)}\u2019 restored")


@transaction.atomic
def reorder_components(*, project: Project, order: Sequence[int], changed_by: User) -> None:
    """Put the current components in the given order (a list of their pks).
    Refused if the set of components changed since the editor started."""
    _lock(project)
    current = _current_order(project)
    if sorted(current) != sorted(order) or len(order) != len(set(order)):
        raise OrderChangedError
    if list(order) == current:
        return
    _number(project, order)
    _changed(project, changed_by, "components_reordered", "Core components reordered")


@transaction.atomic
def move_component(*, component: CoreComponent, direction: str, moved_by: User) -> bool:
    """Swap a component with its neighbour; False when it cannot move that way."""
    project = component.project
    _lock(project)
    current = _current_order(project)
    order = ordering.moved(current, component.pk, direction)
    if order == current:
        return False
    _number(project, order)
    _changed(project, moved_by, "components_reordered",
             f"Core component \u2018{_short(component.name)}\u2019 moved {direction}")
    return True


# Implementation outcomes (how well) ----------------------------------------

@transaction.atomic
def add_outcome(*, project: Project, created_by: User, **fields) -> ImplementationOutcome:
    values = {name: fields.get(name, "") for name in OUTCOME_FIELDS}
    _check_choices(outcome_type=values["outcome_type"], term=values["term"])
    _lock(project)
    last = project.implementation_outcomes.aggregate(n=Max("position"))["n"] or 0
    outcome = project.implementation_outcomes.create(position=last + 1, created_by=created_by,
                                                     **values)
    _changed(project, created_by, "outcome_added", f"{outcome.get_outcome_type_display()} "
             f"outcome \u2018{_short(outcome.statement)}\u2019 added")
    return outcome


@transaction.atomic
def update_outcome(*, outcome: ImplementationOutcome, version: int, changed_by: User,
                   **fields) -> ImplementationOutcome:
    values = {name: fields[name] for name in OUTCOME_FIELDS if name in fields}
    _check_choices(**{k: v for k, v in values.items() if k in ("outcome_type", "term")})
    save_if_unchanged(outcome, version=version, **values)
    _changed(outcome.project, changed_by, "outcome_edited",
             f"Implementation outcome \u2018{_short(outcome.statement)}\u2019 edited")
    return outcome


@transaction.atomic
def remove_outcome(*, outcome: ImplementationOutcome, removed_by: User) -> None:
    project = outcome.project
    outcome.delete()
    _changed(project, removed_by, "outcome_removed",
             f"Implementation outcome \u2018{_short(outcome.statement)}\u2019 removed")


# Final outcomes (and so?) --------------------------------------------------

@transaction.atomic
def add_final_outcome(*, project: Project, created_by: User, **fields) -> FinalOutcome:
    values = {name: fields.get(name, "") for name in FINAL_OUTCOME_FIELDS}
    _check_choices(audience=values["audience"])
    outcome = project.final_outcomes.create(created_by=created_by, **values)
    _changed(project, created_by, "final_outcome_added",
             f"Final outcome \u2018{_short(outcome.statement)}\u2019 added")
    return outcome


@transaction.atomic
def update_final_outcome(*, outcome: FinalOutcome, version: int, changed_by: User,
                         **fields) -> FinalOutcome:
    values = {name: fields[name] for name in FINAL_OUTCOME_FIELDS if name in fields}
    if "audience" in values:
        _check_choices(audience=values["audience"])
    save_if_unchanged(outcome, version=version, **values)
    _changed(outcome.project, changed_by, "final_outcome_edited",
             f"Final outcome \u2018{_short(outcome.statement)}\u2019 edited")
    return outcome


@transaction.atomic
def remove_final_outcome(*, outcome: FinalOutcome, removed_by: User) -> None:
    project = outcome.project
    outcome.delete()
    _changed(project, removed_by, "final_outcome_removed",
             f"Final outcome \u2018{_short(outcome.statement)}\u2019 removed")
