"""The "evidence" part of a project's snapshot, in one query."""

from django.db.models import Count

from trellis.framework.loader import get_framework
from trellis.insights.parts import snapshot_part
from trellis.projects.models import Project

from .snapshot import EvidenceFacts


def counts_by_slice(project: Project) -> dict[str, int]:
    """{slice slug: number of items} for every slice, in framework order."""
    found = dict(project.evidence.order_by().values_list("slice").annotate(n=Count("pk")))
    return {s.slug: found.get(s.slug, 0) for s in get_framework().evidence_pie.slices}


@snapshot_part("evidence")
def evidence_facts(project: Project) -> EvidenceFacts:
    return EvidenceFacts(counts_by_slice=counts_by_slice(project))
