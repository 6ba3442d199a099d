"""The "plan" part of a project's snapshot, in one query."""

from django.db.models import (
    Count,
    Exists,
    FilteredRelation,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from trellis.core.prepared import PreparedQuery
from trellis.framework.loader import get_framework
from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .models import CoreComponent, FinalOutcome, ImplementationOutcome, PlanRevision
from .snapshot import PlanFacts


def _count(queryset) -> Coalesce:
    counted = (queryset.filter(project=OuterRef("pk")).order_by().values("project")
               .annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def _outcome_types() -> list[str]:
    return [t.slug for t in get_framework().outcomes.types]


def _counts_query(project_pk: int):
    """Counts, the latest revision time, which outcome types the plan has and
    the names of current components with no fidelity indicator, in one query
    (one row per such component, joined to the project's counts)."""
    types = _outcome_types()
    outcomes = ImplementationOutcome.objects.filter(project=OuterRef("pk"))
    last = (PlanRevision.objects.filter(project=OuterRef("pk")).order_by()
            .values("project").annotate(at=Max("created_at")).values("at"))
    return Project.objects.filter(pk=project_pk).annotate(
        unspecified=FilteredRelation("core_components", condition=Q(
            core_components__retired_at__isnull=True, core_components__done_well="")),
        n_components=_count(CoreComponent.objects.filter(retired_at__isnull=True)),
        n_outcomes=_count(ImplementationOutcome.objects.all()),
        n_final=_count(FinalOutcome.objects.all()),
        n_revisions=_count(PlanRevision.objects.all()),
        last_revised_at=Subquery(last),
        **{f"has_{i}": Exists(outcomes.filter(outcome_type=slug)) for i, slug in enumerate(types)},
    ).order_by("unspecified__position", "unspecified__pk").values_list(
        "n_components", "n_outcomes", "n_final", "n_revisions", "last_revised_at",
        "unspecified__name", *(f"has_{i}" for i in range(len(types))))


# Built and compiled once per process: the project page runs it on every view.
COUNTS = PreparedQuery(_counts_query)


def plan_counts(project: Project) -> dict:
    types = _outcome_types()
    rows = COUNTS.rows(project_pk=project.pk)
    components, outcomes, final, revisions, last_revised, _, *has = rows[0]
    return {
        "components": components, "implementation_outcomes": outcomes,
        "final_outcomes": final, "revisions": revisions, "last_revised": last_revised,
        "types": frozenset(slug for slug, present in zip(types, has, strict=True) if present),
        "without_fidelity": tuple(row[5] for row in rows if row[5] is not None),
    }


@snapshot_part("plan")
def plan_facts(project: Project) -> PlanFacts:
    counts = plan_counts(project)
    last = counts["last_revised"]
    return PlanFacts(
        components=counts["components"],
        components_without_fidelity=counts["without_fidelity"],
        implementation_outcomes=counts["implementation_outcomes"],
        outcome_types=counts["types"],
        final_outcomes=counts["final_outcomes"],
        revisions=counts["revisions"],
        last_revised=timezone.localdate(last) if last else None,
    )
