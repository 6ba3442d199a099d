"""The "barriers" part of a project's snapshot, in one query."""

from django.db.models import Count

from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import BarrierFacts, facts_from_counts


def count_rows(project: Project) -> list[tuple[str, str, str, int]]:
    """(domain, kind, status, how many) for every combination the project has."""
    return list(project.barriers_enablers.order_by()
                .values_list("cfir_domain", "kind", "status").annotate(n=Count("pk")))


@snapshot_part("barriers")
def barrier_facts(project: Project) -> BarrierFacts:
    return facts_from_counts(count_rows(project))
